package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ficshelf.catalog.StoredWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The OPDS 1.2 catalog: what OPDS requires of its feeds, links and OpenSearch description, and paging. */
class OpdsTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    static final String DC = "http://purl.org/dc/terms/";
    static final String CATALOG = "application/atom+xml;profile=opds-catalog";
    static final String NAVIGATION = CATALOG + ";kind=navigation";
    static final String ACQUISITION = CATALOG + ";kind=acquisition";
    static final String ACQUIRE = "http://opds-spec.org/acquisition";

    @RegisterExtension
    static final TestSite site = TestSite.feeds();

    /** A feed fetched and parsed; every check starts here. */
    private record Feed(String path, String contentType, String body, Element root) {
        List<Element> entries() {
            return children(root, "entry");
        }

        List<Element> links(String rel) {
            return children(root, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).toList();
        }

        String link(String rel) {
            List<Element> ls = links(rel);
            assertThat(ls).as(path + " rel=" + rel).hasSize(1);
            return ls.get(0).getAttribute("href");
        }
    }

    private static Feed feed(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        String type = withoutCharset(r.headers().firstValue("Content-Type").orElse(""));
        Element root = parse(r.body()).getDocumentElement();
        return new Feed(path, type, r.body(), root);
    }

    /** A media type without its charset parameter (the XML declaration says UTF-8 too). */
    static String withoutCharset(String type) {
        return type.replaceAll("(?i);\\s*charset=utf-8", "");
    }

    /** A namespace-aware parser that refuses DTDs and external entities. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String atomName) {
        return children(parent, ATOM, atomName);
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && Objects.equals(e.getNamespaceURI(), ns)
                    && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String atomName) {
        List<Element> es = children(parent, atomName);
        assertThat(es).as(atomName).isNotEmpty();
        return es.get(0).getTextContent();
    }

    /** What every catalog feed must have: Atom root, id, title, updated, author, self/start/search links. */
    private static void assertCatalogFeed(Feed f) {
        assertThat(f.root().getNamespaceURI()).as(f.path()).isEqualTo(ATOM);
        assertThat(f.root().getLocalName()).isEqualTo("feed");
        assertThat(text(f.root(), "id")).isNotBlank();
        assertThat(text(f.root(), "title")).isNotBlank();
        assertThat(text(f.root(), "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(text(children(f.root(), "author").get(0), "name")).isNotBlank();
        assertThat(f.links("self")).hasSize(1);
        assertThat(f.links("self").get(0).getAttribute("type")).startsWith(CATALOG);
        assertThat(f.link("start")).isEqualTo("/opds");
        assertThat(f.links("start").get(0).getAttribute("type")).isEqualTo(NAVIGATION);
        assertThat(f.link("search")).isEqualTo("/opds/opensearch.xml");
        assertThat(f.links("search").get(0).getAttribute("type"))
                .isEqualTo("application/opensearchdescription+xml");
        for (Element entry : f.entries()) {
            assertThat(text(entry, "id")).isNotBlank();
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(children(entry, "link")).isNotEmpty();
        }
    }

    private static void assertNavigationFeed(Feed f) {
        assertCatalogFeed(f);
        assertThat(f.contentType()).isEqualTo(NAVIGATION);
        assertThat(f.entries()).isNotEmpty();
        for (Element entry : f.entries()) {
            Element link = children(entry, "link").get(0);
            assertThat(link.getAttribute("rel")).isIn("subsection", "http://opds-spec.org/sort/new");
            assertThat(link.getAttribute("type")).isIn(NAVIGATION, ACQUISITION);
            assertThat(link.getAttribute("href")).startsWith("/opds");
        }
    }

    private static void assertAcquisitionFeed(Feed f) {
        assertCatalogFeed(f);
        assertThat(f.contentType()).isEqualTo(ACQUISITION);
        for (Element entry : f.entries()) {
            String id = text(entry, "id");
            assertThat(id).matches("urn:ficshelf:work:\\d+");
            String work = id.substring(id.lastIndexOf(':') + 1);
            List<Element> epub = children(entry, "link").stream()
                    .filter(l -> l.getAttribute("rel").equals(ACQUIRE)
                            && l.getAttribute("type").equals("application/epub+zip"))
                    .toList();
            assertThat(epub).as(id).hasSize(1);
            assertThat(epub.get(0).getAttribute("href"))
                    .matches("/works/" + work + "/download/epub(\\?view_adult=true)?");
            assertThat(children(entry, "link").stream()
                    .anyMatch(l -> l.getAttribute("rel").equals("alternate")
                            && l.getAttribute("type").equals("text/html")
                            && l.getAttribute("href").equals("/works/" + work)))
                    .as(id).isTrue();
            assertThat(children(entry, "category")).allSatisfy(c -> {
                assertThat(c.getAttribute("term")).isNotBlank();
                assertThat(c.getAttribute("scheme")).startsWith("urn:ficshelf:tags:");
            });
        }
    }

    @Test
    void theRootIsANavigationFeedLeadingToRecentFandomsAndRatings() throws Exception {
        Feed root = feed("/opds");

        assertNavigationFeed(root);
        assertThat(root.link("self")).isEqualTo("/opds");
        List<String> hrefs = root.entries().stream().map(e -> children(e, "link").get(0).getAttribute("href"))
                .toList();
        assertThat(hrefs).contains("/opds/recent", "/opds/fandoms", "/opds/ratings");
        Element recent = root.entries().get(hrefs.indexOf("/opds/recent"));
        assertThat(children(recent, "link").get(0).getAttribute("rel"))
                .isEqualTo("http://opds-spec.org/sort/new");
        assertThat(children(recent, "link").get(0).getAttribute("type")).isEqualTo(ACQUISITION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opds", "/opds/fandoms", "/opds/ratings"})
    void everyNavigationLinkLeadsToAFeedOfItsKind(String path) throws Exception {
        Feed nav = feed(path);
        assertNavigationFeed(nav);

        for (Element entry : nav.entries()) {
            Element link = children(entry, "link").get(0);
            Feed target = feed(link.getAttribute("href"));
            assertThat(target.contentType()).as(link.getAttribute("href"))
                    .isEqualTo(link.getAttribute("type"));
            if (target.contentType().equals(NAVIGATION)) {
                assertNavigationFeed(target);
            } else {
                assertAcquisitionFeed(target);
            }
        }
    }

    @Test
    void everyEpubAcquisitionLinkDownloadsAnEpubEvenForAdultWorks() throws Exception {
        Feed recent = feed("/opds/recent?size=100");
        List<String> hrefs = new java.util.ArrayList<>();
        for (Element entry : recent.entries()) {
            children(entry, "link").stream()
                    .filter(l -> l.getAttribute("type").equals("application/epub+zip"))
                    .forEach(l -> hrefs.add(l.getAttribute("href")));
        }
        assertThat(hrefs).hasSize((int) works()).anyMatch(h -> h.endsWith("?view_adult=true"));

        for (String href : hrefs) {
            HttpResponse<byte[]> r = site.bytes(href);
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(href).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/epub+zip"));
            assertThat(new String(r.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("PK");
        }
    }

    @Test
    void recentWorksCarryAcquisitionLinksAndTheirMetadata() throws Exception {
        Feed recent = feed("/opds/recent");

        assertAcquisitionFeed(recent);
        assertThat(recent.entries()).hasSize((int) Math.min(SearchParams.DEFAULT_SIZE, works()));
        Element first = recent.entries().get(0);
        assertThat(children(first, DC, "language")).isNotEmpty();
        assertThat(text(children(first, "author").get(0), "name")).isNotBlank();
        assertThat(children(recent.root(), OPENSEARCH, "totalResults").get(0).getTextContent())
                .isEqualTo(Long.toString(works()));
    }

    @Test
    void aFandomFeedHoldsOnlyThatFandomsWorks() throws Exception {
        Feed buffy = feed("/opds/fandoms/Buffy%20the%20Vampire%20Slayer");

        assertAcquisitionFeed(buffy);
        assertThat(buffy.entries()).hasSizeGreaterThanOrEqualTo(2);
        for (Element entry : buffy.entries()) {
            assertThat(children(entry, "category").stream()
                    .filter(c -> c.getAttribute("scheme").endsWith(":fandom"))
                    .map(c -> c.getAttribute("term"))).contains("Buffy the Vampire Slayer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AC%2FDC", "100%25%20Wolf", "What%3F%20%23%26",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void anyFandomNameMakesAWellFormedFeed(String segment) throws Exception {
        Feed feed = feed("/opds/fandoms/" + segment);

        assertAcquisitionFeed(feed);
        assertThat(feed.entries()).isEmpty();
        assertThat(URI.create(feed.link("self")).getPath())
                .isEqualTo(URI.create("/opds/fandoms/" + segment).getPath());
    }

    @Test
    void aRatingFeedHoldsOnlyThatRatingsWorks() throws Exception {
        Feed general = feed("/opds/ratings/General%20Audiences");

        assertAcquisitionFeed(general);
        assertThat(general.entries()).isNotEmpty();
        for (Element entry : general.entries()) {
            assertThat(children(entry, "category").stream()
                    .filter(c -> c.getAttribute("scheme").endsWith(":rating"))
                    .map(c -> c.getAttribute("term"))).containsExactly("General Audiences");
        }
        assertThat(site.get("/opds/ratings/Mildly%20Spicy").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opds/recent?size=2", "/opds/search?size=2&sort=title",
            "/opds/fandoms/Buffy%20the%20Vampire%20Slayer?size=1"})
    void pagingByNextLinksVisitsEveryWorkOnce(String first) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = first;
        Feed page = null;
        int pages = 0;
        while (next != null && pages++ < 100) {
            page = feed(next);
            assertAcquisitionFeed(page);
            assertThat(page.entries()).isNotEmpty();
            page.entries().forEach(e -> ids.add(text(e, "id")));
            assertThat(page.links("first")).hasSize(1);
            next = page.links("next").isEmpty() ? null : page.link("next");
        }

        long total = Long
                .parseLong(children(page.root(), OPENSEARCH, "totalResults").get(0).getTextContent());
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(page.links("next")).isEmpty();
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void theOpenSearchDescriptionTemplatesTheCatalogSearch() throws Exception {
        HttpResponse<String> r = site.get("/opds/opensearch.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").map(OpdsTest::withoutCharset))
                .hasValue("application/opensearchdescription+xml");
        Element root = parse(r.body()).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(OPENSEARCH);
        assertThat(root.getLocalName()).isEqualTo("OpenSearchDescription");
        assertThat(children(root, OPENSEARCH, "ShortName").get(0).getTextContent()).isNotBlank();
        Element url = children(root, OPENSEARCH, "Url").stream()
                .filter(u -> u.getAttribute("type").equals(ACQUISITION)).findFirst().orElseThrow();
        String template = url.getAttribute("template");
        assertThat(template).contains("{searchTerms}").startsWith(site.url("/opds/search"));

        URI search = URI.create(template.replace("{searchTerms}", "lantern"));
        Feed found = feed(search.getRawPath() + "?" + search.getRawQuery());
        assertAcquisitionFeed(found);
        assertThat(found.entries()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheDescription() throws Exception {
        assertThat(ApiLinks.origin("http", "evil.example\"><x")).isNull();
        assertThat(ApiLinks.origin("http", "shelf.example:8080")).isEqualTo("http://shelf.example:8080");
        assertThat(ApiLinks.origin("javascript", "shelf.example")).isEqualTo("http://shelf.example");
    }

    @Test
    void hostileTitlesSummariesAndAuthorsComeOutAsText() throws Exception {
        Feed found = feed("/opds/search?q=bronze");

        assertAcquisitionFeed(found);
        Element entry = found.entries().get(0);
        String id = text(entry, "id");
        StoredWork stored = site.archive().work(Long.parseLong(id.substring(id.lastIndexOf(':') + 1)))
                .orElseThrow();
        assertThat(text(entry, "title")).isEqualTo(stored.record().title())
                .contains("<script>alert(1)</script>")
                .contains("]]>").contains("&amp;");
        assertThat(text(entry, "summary")).isEqualTo(stored.record().summary())
                .contains(TestSite.FEED_PAYLOADS.get(1));
        assertThat(text(children(entry, "author").get(0), "name"))
                .isEqualTo(stored.record().authors().get(0));
        assertThat(found.body()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("]]>");
    }

    @Test
    void textXmlCannotCarryIsDroppedAndTheRestKept() throws Exception {
        String hostile = "a\u0001b\u0000c\uFFFEd\uD800e\tf\n\uD83D\uDE00g <h> & ]]> \"i\"";
        AtomWriter w = new AtomWriter("feed", ATOM);
        w.start("title").attr("label", hostile).text(hostile).end();
        String xml = new String(w.finish(), StandardCharsets.UTF_8);

        Element title = children(parse(xml).getDocumentElement(), "title").get(0);
        String kept = "abcde\tf\n\uD83D\uDE00g <h> & ]]> \"i\"";
        assertThat(title.getTextContent()).isEqualTo(kept);
        assertThat(title.getAttribute("label"))
                .isEqualTo("abcde\tf\n\uD83D\uDE00g <h> & ]]> \"i\"".replace('\t', ' ')
                        .replace('\n', ' '));
    }

    @Test
    void headAnswersWithTheFeedsHeadersAndNoBody() throws Exception {
        HttpResponse<String> r = site
                .send(java.net.http.HttpRequest.newBuilder(URI.create(site.url("/opds/recent")))
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").map(OpdsTest::withoutCharset))
                .hasValue(ACQUISITION);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void badFeedParametersAreRefused() throws Exception {
        assertThat(site.get("/opds/recent?size=500").statusCode()).isEqualTo(400);
        assertThat(site.get("/opds/recent?after=nonsense").statusCode()).isEqualTo(400);
        assertThat(site.get("/opds/fandoms?page=0").statusCode()).isEqualTo(400);
        assertThat(site.get("/opds/search?q=" + "x".repeat(2000)).statusCode()).isEqualTo(400);
    }

    private static long works() throws Exception {
        return site.archive().stats().works();
    }
}

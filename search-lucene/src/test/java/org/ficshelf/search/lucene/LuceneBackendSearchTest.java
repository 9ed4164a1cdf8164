package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchResult.FacetCount;
import org.ficshelf.search.SearchResult.Hit;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagType;
import org.ficshelf.search.WordRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Relevance, filters, sorts, paging and facets over a generated corpus, checked by brute force. */
class LuceneBackendSearchTest {
    @TempDir
    static Path dir;
    static LuceneBackend backend;
    static List<IndexedWork> corpus;
    static Map<Long, IndexedWork> byId;

    @BeforeAll
    static void indexCorpus() {
        corpus = TestCorpus.generate(42);
        byId = new HashMap<>();
        corpus.forEach(w -> byId.put(w.id(), w));
        backend = LuceneBackend.open(dir.resolve("index"));
        backend.indexAll(corpus);
        backend.commit();
        backend.refresh();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    /** Every hit of a query, paging through with the cursor. */
    private static List<Long> all(SearchQuery.Builder b) {
        return allHits(b.pageSize(SearchQuery.MAX_PAGE_SIZE).build());
    }

    private static List<Long> allHits(SearchQuery q) {
        List<Long> out = new ArrayList<>();
        SearchResult r = backend.search(q);
        out.addAll(ids(r));
        while (r.nextCursor() != null) {
            r = backend.search(q.withAfter(r.nextCursor()));
            out.addAll(ids(r));
        }
        return out;
    }

    private static Set<Long> expected(Predicate<IndexedWork> p) {
        Set<Long> out = new HashSet<>();
        corpus.stream().filter(p).forEach(w -> out.add(w.id()));
        return out;
    }

    private static boolean hasPairing(IndexedWork w, String a, String b) {
        return w.relationships().stream().anyMatch(rel -> rel.contains(a) && rel.contains(b));
    }

    @Test
    void indexesTheWholeCorpus() {
        assertThat(backend.count()).isEqualTo(TestCorpus.SIZE);
        Set<Long> ids = new HashSet<>();
        backend.forEachId(ids::add);
        assertThat(ids).isEqualTo(byId.keySet());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 17, 42, 150, 299})
    void aTitleQueryFindsThatTitleFirst(long id) {
        SearchResult r = backend.search(SearchQuery.of(TestCorpus.title(id)));
        assertThat(r.hits().get(0).id()).isEqualTo(id);
        assertThat(r.hits().get(0).title()).isEqualTo(TestCorpus.title(id));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 99, 256})
    void aPhraseFromOneStoryFindsOnlyThatStoryWithASnippet(long id) {
        String phrase = TestCorpus.signature(id);
        SearchResult r = backend.search(SearchQuery.of("\"" + phrase + "\""));
        assertThat(ids(r)).containsExactly(id);
        Hit hit = r.hits().get(0);
        assertThat(hit.snippets()).isNotEmpty();
        String marked = hit.snippets().get(0).render("[", "]");
        assertThat(marked).contains("]").containsIgnoringCase(phrase.substring(phrase.indexOf(' ') + 1,
                phrase.indexOf(' ', phrase.indexOf(' ') + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Spike/Buffy", "Buffy/Spike", "relationship:Spike/Buffy", "pairing:buffy/spike"})
    void aPairingInEitherOrderFindsThePairing(String query) {
        Set<Long> expected = expected(w -> hasPairing(w, "Buffy Summers", "Spike"));
        assertThat(expected).isNotEmpty();
        List<Long> found = all(SearchQuery.builder(query));
        assertThat(new HashSet<>(found)).isEqualTo(expected);
    }

    @Test
    void aPairingDoesNotMatchTwoSeparateTags() {
        Set<Long> bothCharacters = expected(w -> w.characters().contains("Spike")
                && w.characters().contains("Buffy Summers") && !hasPairing(w, "Buffy Summers", "Spike"));
        List<Long> found = all(SearchQuery.builder("Spike/Buffy"));
        assertThat(found).doesNotContainAnyElementsOf(bothCharacters);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "character:buffy|Buffy Summers", "character:\"Buffy Summers\"|Buffy Summers",
            "character:Teal'c|Teal'c", "character:Tealc|Teal'c", "character:Teal\u2019c|Teal'c",
            "character:O'Neill|Jack O'Neill", "character:oneill|Jack O'Neill",
            "character:Fred|Winifred \"Fred\" Burkle", "character:\"Fred Burkle\"|Winifred \"Fred\" Burkle",
            "character:Eponine|\u00C9ponine Th\u00E9nardier", "character:Wyndam-Pryce|Wesley Wyndam-Pryce"})
    void namesStayFindable(String query, String character) {
        Set<Long> expected = expected(w -> w.characters().contains(character));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(all(SearchQuery.builder(query)))).isEqualTo(expected);
    }

    @Test
    void fandomPrefixFindsTheFandomWithoutItsDiacritics() {
        Set<Long> expected = expected(w -> w.fandoms().contains("Les Mis\u00E9rables"));
        assertThat(new HashSet<>(all(SearchQuery.builder("fandom:miserables")))).isEqualTo(expected);
    }

    @Test
    void unprefixedNameFindsEveryWorkWithThatCharacter() {
        Set<Long> expected = expected(w -> w.characters().contains("Buffy Summers"));
        assertThat(new HashSet<>(all(SearchQuery.builder("buffy")))).containsAll(expected);
    }

    @Test
    void includeAndExcludeFiltersCombine() {
        var q = SearchQuery.builder("").include(TagType.FANDOM, "Buffy the Vampire Slayer")
                .exclude(TagType.CHARACTER, "spike").exclude(TagType.FREEFORM, "Angst");
        Set<Long> expected = expected(w -> w.fandoms().contains("Buffy the Vampire Slayer")
                && !w.characters().contains("Spike") && !w.freeforms().contains("Angst"));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(all(q))).isEqualTo(expected);
    }

    @Test
    void includesOfOneTypeMustAllMatch() {
        var q = SearchQuery.builder("").include(TagType.FREEFORM, "Angst").include(TagType.FREEFORM, "Fluff");
        Set<Long> expected = expected(
                w -> w.freeforms().contains("Angst") && w.freeforms().contains("Fluff"));
        assertThat(new HashSet<>(all(q))).isEqualTo(expected);
    }

    @Test
    void ratingIncludesMatchEitherRating() {
        var q = SearchQuery.builder("").include(TagType.RATING, "Mature").include(TagType.RATING, "explicit");
        Set<Long> expected = expected(w -> "Mature".equals(w.rating()) || "Explicit".equals(w.rating()));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(all(q))).isEqualTo(expected);
    }

    @Test
    void aQueryAndFiltersNarrowTogether() {
        var q = SearchQuery.builder("Spike NOT Angel").include(TagType.WARNING, "Major Character Death");
        // "Angel" is a character and a word of a fandom's name: NOT removes both.
        Set<Long> expected = expected(
                w -> w.characters().contains("Spike") && !w.characters().contains("Angel")
                        && !w.fandoms().contains("Angel: the Series")
                        && w.warnings().contains("Major Character Death"));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(all(q))).isEqualTo(expected);
    }

    @Test
    void wordsRangeLanguageCompleteAndCrossoverFilter() {
        var q = SearchQuery.builder("").words(new WordRange(200, 600)).language("en").complete(true);
        Set<Long> expected = expected(w -> w.words() >= 200 && w.words() <= 600 && "en".equals(w.language())
                && Boolean.TRUE.equals(w.complete()));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(all(q))).isEqualTo(expected);
        Set<Long> crossovers = expected(IndexedWork::crossover);
        assertThat(crossovers).isNotEmpty();
        assertThat(new HashSet<>(all(SearchQuery.builder("").crossover(true)))).isEqualTo(crossovers);
    }

    @Test
    void sortsByWordsWithIdBreakingTies() {
        List<Long> found = all(SearchQuery.builder("").sort(SearchSort.by(SearchSort.Key.WORDS)));
        assertThat(found).hasSize(TestCorpus.SIZE);
        assertThat(found).isSortedAccordingTo(Comparator.comparing((Long id) -> -byId.get(id).words())
                .thenComparing(id -> id));
        List<Long> asc = all(SearchQuery.builder("").sort(SearchSort.parse("words:asc")));
        assertThat(asc).isSortedAccordingTo(Comparator.comparing((Long id) -> byId.get(id).words())
                .thenComparing(id -> id));
    }

    @Test
    void sortsByTitleAndAuthorFoldingCaseAndAccents() {
        List<Long> byTitle = all(SearchQuery.builder("").sort(SearchSort.by(SearchSort.Key.TITLE)));
        assertThat(byTitle).isSortedAccordingTo(Comparator.comparing((Long id) -> fold(byId.get(id).title()))
                .thenComparing(id -> id));
        List<Long> byAuthor = all(SearchQuery.builder("").sort(SearchSort.parse("author:desc")));
        assertThat(byAuthor).isSortedAccordingTo(Comparator
                .comparing((Long id) -> fold(byId.get(id).authors().get(0)), Comparator.reverseOrder())
                .thenComparing(id -> id));
    }

    @Test
    void sortsByDateAddedNewestFirst() {
        List<Long> found = all(SearchQuery.builder("").sort(SearchSort.by(SearchSort.Key.ADDED)));
        assertThat(found).isSortedAccordingTo(Comparator.comparing((Long id) -> byId.get(id).added(),
                Comparator.reverseOrder()).thenComparing(id -> id));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "title", "author:asc", "words", "added:asc"})
    void deepPagingReturnsEveryHitExactlyOnce(String sort) {
        SearchQuery q = SearchQuery.builder("walked OR river").sort(SearchSort.parse(sort)).pageSize(7)
                .build();
        SearchResult first = backend.search(q);
        List<Long> found = allHits(q);
        assertThat(found).doesNotHaveDuplicates();
        assertThat((long) found.size()).isEqualTo(first.total());
        assertThat(first.total()).isGreaterThan(100);
    }

    @Test
    void relevancePagesAreInScoreOrder() {
        SearchQuery q = SearchQuery.builder("river").pageSize(5).build();
        SearchResult p1 = backend.search(q);
        SearchResult p2 = backend.search(q.withAfter(p1.nextCursor()));
        float lastOfFirst = p1.hits().get(p1.hits().size() - 1).score();
        assertThat(p2.hits()).allSatisfy(h -> assertThat(h.score()).isLessThanOrEqualTo(lastOfFirst));
    }

    @Test
    void facetCountsEqualBruteForceCounts() {
        SearchQuery q = SearchQuery.builder("").facets(TagType.values()).facetLimit(1000).build();
        SearchResult r = backend.search(q);
        for (TagType t : TagType.values()) {
            assertThat(asMap(r.facets().get(t))).as(t.key()).isEqualTo(bruteForce(corpus, t));
        }
    }

    @Test
    void facetCountsFollowTheCurrentResult() {
        SearchQuery q = SearchQuery.builder("").include(TagType.FANDOM, "Stargate SG-1")
                .facets(TagType.CHARACTER, TagType.RATING).facetLimit(1000).build();
        SearchResult r = backend.search(q);
        List<IndexedWork> matching = corpus.stream().filter(w -> w.fandoms().contains("Stargate SG-1"))
                .toList();
        assertThat(r.total()).isEqualTo(matching.size());
        assertThat(asMap(r.facets().get(TagType.CHARACTER)))
                .isEqualTo(bruteForce(matching, TagType.CHARACTER));
        assertThat(asMap(r.facets().get(TagType.RATING))).isEqualTo(bruteForce(matching, TagType.RATING));
        assertThat(r.facets()).doesNotContainKey(TagType.FANDOM);
    }

    @Test
    void facetLimitKeepsTheMostFrequent() {
        SearchResult r = backend
                .search(SearchQuery.builder("").facets(TagType.CHARACTER).facetLimit(3).build());
        List<FacetCount> top = r.facets().get(TagType.CHARACTER);
        assertThat(top).hasSize(3);
        int third = top.get(2).count();
        assertThat(bruteForce(corpus, TagType.CHARACTER).values().stream().filter(c -> c > third).count())
                .isLessThanOrEqualTo(2);
    }

    private static Map<String, Integer> asMap(List<FacetCount> counts) {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    private static Map<String, Integer> bruteForce(List<IndexedWork> works, TagType t) {
        Map<String, Integer> out = new HashMap<>();
        for (IndexedWork w : works) {
            new HashSet<>(w.tags(t)).forEach(v -> out.merge(v, 1, Integer::sum));
        }
        return out;
    }

    @Test
    void stopWordsAloneDoNotNarrowAQuery() {
        long withThe = backend.search(SearchQuery.of("the river")).total();
        long without = backend.search(SearchQuery.of("river")).total();
        assertThat(withThe).isEqualTo(without).isPositive();
    }

    @Test
    void aPrefixMatchesWordBeginnings() {
        assertThat(backend.search(SearchQuery.of("title:lanter*")).total())
                .isEqualTo(
                        expected(w -> w.title().startsWith("Amber Lantern") || w.title().contains("Lantern"))
                                .size());
    }

    @Test
    void aCursorForAnotherSortIsRefused() {
        SearchQuery q = SearchQuery.builder("").pageSize(5).build();
        String cursor = backend.search(q).nextCursor();
        SearchQuery other = SearchQuery.builder("").sort(SearchSort.by(SearchSort.Key.WORDS)).after(cursor)
                .build();
        assertThatThrownBy(() -> backend.search(other)).isInstanceOfSatisfying(SearchException.class,
                e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BAD_CURSOR))
                .hasMessageContaining("made for sort relevance:desc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "YzEKcmVsZXZhbmNlOmRlc2MKeDox", "Zm9v"})
    void aMalformedCursorIsRefused(String cursor) {
        SearchQuery q = SearchQuery.builder("").after(cursor).build();
        assertThatThrownBy(() -> backend.search(q)).isInstanceOfSatisfying(SearchException.class,
                e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BAD_CURSOR));
    }

    @Test
    void aBadQueryIsATypedErrorBeforeTheBackendSeesIt() {
        assertThatThrownBy(() -> backend.search(SearchQuery.of("title:(Spike"))).isInstanceOfSatisfying(
                SearchException.class,
                e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BAD_QUERY))
                .hasMessageContaining("never closed");
    }
}

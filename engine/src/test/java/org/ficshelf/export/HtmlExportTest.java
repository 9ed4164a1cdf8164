package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.export.TestWorks.chapter;
import static org.ficshelf.export.TestWorks.withRef;

import java.util.List;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlExportTest {

    @Test
    void writesAStandaloneScriptlessPageWithContentsAndLinkedFootnotes() {
        Work work = TestWorks.work("Tea", List.of(new Footnote("1", "A song.")),
                List.of(chapter("One", withRef("a", "1", "1")), chapter("Two", Paragraph.plain("b", 2))));
        String html = HtmlExport.render(work);
        Document doc = Jsoup.parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(doc.select("script, link, [src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("work-meta");
        assertThat(doc.select("nav.toc a").eachAttr("href")).containsExactly("#chapter-1", "#chapter-2",
                "#footnotes");
        assertThat(doc.select("dd.fandoms.inferred").attr("title"))
                .startsWith("inferred, 70% sure: line 3: Tea");
        assertThat(doc.select("dd.rating").hasClass("inferred")).isFalse();
        BodyHtmlTest.assertEveryFragmentLinkResolves(doc);
        assertThat(doc.select("a[role=doc-backlink]").attr("href")).isEqualTo("#fnref-1");
    }
}

package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries for snippets: after sentence ends and line breaks, nowhere else. */
class ProseBreaksTest {
    private static final String TEXT = "He ran. \"Stop!\" she said. Pi is 3.14 here?\nNew line";

    private static List<Integer> forward(String text) {
        BreakIterator b = new ProseBreaks();
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int p = b.first(); p != BreakIterator.DONE; p = b.next()) {
            out.add(p);
        }
        return out;
    }

    @Test
    void breaksWhereTheNextSentenceStarts() {
        assertThat(forward(TEXT)).containsExactly(0, 8, 16, 26, 43, TEXT.length());
    }

    @Test
    void followingAndPrecedingFindTheNeighbouringBoundaries() {
        BreakIterator b = new ProseBreaks();
        b.setText(TEXT);
        assertThat(b.following(8)).isEqualTo(16);
        assertThat(b.following(10)).isEqualTo(16);
        assertThat(b.preceding(16)).isEqualTo(8);
        assertThat(b.preceding(30)).isEqualTo(26);
        assertThat(b.preceding(3)).isZero();
        assertThat(b.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void aTextWithoutSentenceEndsIsOnePassage() {
        assertThat(forward("and more words and more words")).containsExactly(0, 29);
    }
}

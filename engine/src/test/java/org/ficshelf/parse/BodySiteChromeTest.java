package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodySiteChromeTest {
    private static final String STORY = "The kettle sang on the stove.\n\nWren poured two cups and waited.\n\n";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ~ fin ~  | This archive has been visited 4021 times.
            The End  | All characters are property of the studio. No money is being made.
            ~end~    | Site design (c) 2003 The Lantern Pages.
            -fin-    | << Previous | Home | Next >>
            THE END  | Copyright 1999 Harbour Lights. All rights reserved.
            """)
    void cutsSiteChromeAfterTheEndMarker(String marker, String chrome) {
        Body body = parse(STORY + marker + "\n\n----------\n\n" + chrome + "\n");
        assertThat(paragraphs(body)).containsExactly("The kettle sang on the stove.",
                "Wren poured two cups and waited.");
        assertThat(body.document().chapters().getFirst().blocks()).allMatch(b -> b instanceof Paragraph);
        assertThat(body.complete()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A/N: Thanks to my beta for the kettle idea.
            Author's note: the tea shop is real.
            """)
    void keepsAnAuthorsNoteAfterTheEndMarker(String note) {
        Body body = parse(STORY + "~ fin ~\n\n" + note + "\n\nThis page has been visited 12 times.\n");
        assertThat(paragraphs(body)).hasSize(2);
        assertThat(String.join(" ", body.notes())).contains(note.substring(note.indexOf(':') + 1).strip());
        assertThat(String.join(" ", body.notes())).doesNotContain("visited");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wren looked back at the house one more time before the next train took her home.
            She had lived there for years and it was never the property of anyone but the sea.
            """)
    void keepsStoryTextWithoutAnEndMarker(String last) {
        Body body = parse(STORY + last + "\n");
        assertThat(paragraphs(body)).hasSize(3).last().isEqualTo(last);
    }

    private static Body parse(String text) {
        List<TextLine> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(TextLine.plain(i + 1, split[i]));
        }
        return BodyParser.parse(lines, List.of(), ProblemList.tracking());
    }

    private static List<String> paragraphs(Body body) {
        List<String> out = new ArrayList<>();
        for (Chapter c : body.document().chapters()) {
            for (Block b : c.blocks()) {
                if (b instanceof Paragraph p) {
                    out.add(p.text());
                }
            }
        }
        return out;
    }
}

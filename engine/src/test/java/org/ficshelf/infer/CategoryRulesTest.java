package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.canon.Canon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryRulesTest {

    private static List<RelationshipNotation.Relationship> rels(String tags) {
        List<RelationshipNotation.Relationship> out = new ArrayList<>();
        for (String t : tags.isBlank() ? new String[0] : tags.split(";")) {
            boolean romantic = t.contains("/");
            out.add(new RelationshipNotation.Relationship(List.of(t.strip().split(romantic ? "/" : " & ")),
                    romantic));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                              | Gen
            Buffy Summers & Rupert Giles                    | Gen
            Joyce Summers/Rupert Giles                      | F/M
            Spike/Xander Harris                             | M/M
            Tara Maclay/Willow Rosenberg                    | F/F
            Oz/Rupert Giles/Xander Harris                   | M/M
            Buffy Summers/Spike/Xander Harris               | Multi
            Buffy Summers/Spike;Spike/Xander Harris         | F/M;M/M
            Pikachu/Ash Ketchum                             | Other
            Dana Scully/Fox Mulder;Dana Scully & Fox Mulder | F/M
            """)
    void categoriesFromRomanticRelationshipsAndCanonGenders(String relationships, String expected) {
        assertThat(CategoryRules.categories(Canon.bundled(), rels(relationships)))
                .containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Gen, angst         | Gen
            slash              | M/M
            het                | F/M
            femslash           | F/F
            """)
    void readsStatedCategoryWords(String stated, String expected) {
        assertThat(CategoryRules.stated(stated)).containsExactly(expected);
    }
}

package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.format.FormatsTestSupport.joined;
import static org.ficshelf.format.FormatsTestSupport.resource;
import static org.ficshelf.format.FormatsTestSupport.texts;

import org.junit.jupiter.api.Test;

class Ao3Test {
    private final SourceDocument doc = Formats.read(resource("ao3-download.html"), "Salt_Roads.html");

    @Test
    void readsThePrefaceTagsIntoMetadata() {
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.metadata()).containsEntry("title", "Salt Roads")
                .containsEntry("author", "quillfeather")
                .containsEntry("rating", "Teen And Up Audiences")
                .containsEntry("warnings", "No Archive Warnings Apply").containsEntry("category", "F/M, Gen")
                .containsEntry("fandom", "Buffy the Vampire Slayer (TV)")
                .containsEntry("pairings", "Faith Lehane/Robin Wood, Faith Lehane & Rupert Giles")
                .containsEntry("characters", "Faith Lehane, Rupert Giles, Robin Wood")
                .containsEntry("tags", "Post-Season/Series 07, Road Trips")
                .containsEntry("language", "English")
                .containsEntry("series", "Part 2 of The Long Way Round").containsEntry("words", "4210")
                .containsEntry("chapters", "2/3").containsEntry("status", "In-Progress")
                .containsEntry("date", "2014-03-02")
                .containsEntry("summary",
                        "Faith drives. Giles navigates. Neither of them is any good at it.");
    }

    @Test
    void givesChapterHeadingsThenChapterText() {
        assertThat(texts(doc)).containsSubsequence("Chapter 1: Mile Zero",
                "The map was older than Faith and much better travelled.", "Chapter 2: Diner Coffee",
                "The coffee tasted of the pot it had been sitting in since Tuesday.");
        assertThat(joined(doc)).doesNotContain("Posted originally", "Summary", "drop by the archive",
                "Written for a winter exchange");
    }

    @Test
    void collectsWorkChapterAndEndNotes() {
        assertThat(doc.metadataNotes()).containsExactly("Written for a winter exchange.",
                "The first stop is invented.",
                "One more chapter to go.", "Thanks for reading!");
    }
}

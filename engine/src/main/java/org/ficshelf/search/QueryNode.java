package org.ficshelf.search;

import java.util.List;
import java.util.Objects;

/**
 * A parsed query string: a tree of terms, phrases and prefixes combined with and, or and not.
 * Term texts are as the reader typed them; each backend analyzes them per field, so
 * {@code Spike/Buffy} stays one term here and becomes a relationship match there.
 */
public sealed interface QueryNode {

    /** Every work: the empty query. */
    record MatchAll() implements QueryNode {
    }

    /** One word as typed, possibly with punctuation inside ({@code Teal'c}, {@code Spike/Buffy}). */
    record Term(SearchField field, String text) implements QueryNode {
        public Term {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words that must appear together and in order ({@code "secret chord"}). */
    record Phrase(SearchField field, String text) implements QueryNode {
        public Phrase {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A word's beginning ({@code vamp*}), without the star. */
    record Prefix(SearchField field, String text) implements QueryNode {
        public Prefix {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Every clause must match; {@link Not} clauses must not. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** The clause must not match; alone, it means every work except those that match. */
    record Not(QueryNode clause) implements QueryNode {
        public Not {
            Objects.requireNonNull(clause, "clause");
        }
    }
}

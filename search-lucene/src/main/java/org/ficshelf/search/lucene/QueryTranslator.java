package org.ficshelf.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ficshelf.search.QueryNode;
import org.ficshelf.search.SearchField;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed query and its filters into a Lucene query. A word is analyzed per field: one
 * token is a term query; several tokens are a phrase, loose in name fields so that
 * {@code Spike/Buffy} matches the pairing {@code Buffy Summers/Spike} (the position gap between
 * tag values keeps the match inside one tag). A word that prose analysis drops as a stop word
 * is dropped from an unprefixed query, so {@code the} does not narrow results to works whose
 * tags contain it.
 */
final class QueryTranslator {
    /** How far apart, in positions, the names of a loose name match may be, in either order. */
    static final int NAME_SLOP = 8;
    private static final float TIE_BREAKER = 0.3f;
    private static final Map<String, Float> ANY_FIELDS = anyFields();

    private final Analyzer analyzer;
    private final Analyzer prose;
    private final Schema schema;

    QueryTranslator(Analyzer analyzer, Analyzer prose, Schema schema) {
        this.analyzer = analyzer;
        this.prose = prose;
        this.schema = schema;
    }

    /** The whole query: the parsed string (scored) and the filters (not scored). */
    Query translate(SearchQuery q) {
        QueryNode parsed = q.parsed();
        Query main = parsed instanceof QueryNode.MatchAll ? MatchAllDocsQuery.INSTANCE : node(parsed);
        if (main == null) {
            main = new MatchNoDocsQuery("only stop words");
        }
        if (!q.hasFilters()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        addFilters(b, q);
        return b.build();
    }

    /** The query a node means, or null when analysis leaves nothing of it. */
    @Nullable
    Query node(QueryNode n) {
        return switch (n) {
            case QueryNode.MatchAll m -> MatchAllDocsQuery.INSTANCE;
            case QueryNode.Term t -> leaf(t.field(), t.text(), Leaf.WORD);
            case QueryNode.Phrase p -> leaf(p.field(), p.text(), Leaf.PHRASE);
            case QueryNode.Prefix p -> leaf(p.field(), p.text(), Leaf.PREFIX);
            case QueryNode.And a -> and(a.clauses());
            case QueryNode.Or o -> or(o.clauses());
            case QueryNode.Not not -> negate(node(not.clause()));
        };
    }

    private @Nullable Query and(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (QueryNode c : clauses) {
            Query q = node(c instanceof QueryNode.Not not ? not.clause() : c);
            if (q == null) {
                continue;
            }
            boolean negated = c instanceof QueryNode.Not;
            b.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
            positive |= !negated;
            any = true;
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        return b.build();
    }

    private @Nullable Query or(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryNode c : clauses) {
            Query q = node(c);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.setMinimumNumberShouldMatch(1).build() : null;
    }

    private static @Nullable Query negate(@Nullable Query q) {
        if (q == null) {
            return null;
        }
        return new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, Occur.MUST).add(q, Occur.MUST_NOT)
                .build();
    }

    private enum Leaf {
        WORD, PHRASE, PREFIX
    }

    private @Nullable Query leaf(SearchField field, String text, Leaf kind) {
        if (field == SearchField.ANY && kind == Leaf.WORD && tokens(prose, Schema.TEXT, text).isEmpty()) {
            return null;
        }
        Map<String, Float> fields = fields(field);
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((f, boost) -> {
            Query q = fieldQuery(f, text, kind);
            if (q != null) {
                perField.add(boost == 1f ? q : new BoostQuery(q, boost));
            }
        });
        if (perField.isEmpty()) {
            return null;
        }
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private @Nullable Query fieldQuery(String field, String text, Leaf kind) {
        if (kind == Leaf.PREFIX) {
            String prefix = analyzer.normalize(field, text).utf8ToString();
            return prefix.isEmpty() ? null : new PrefixQuery(new Term(field, prefix));
        }
        List<Token> tokens = tokens(analyzer, field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Token t : tokens) {
            b.add(new Term(field, t.text()), t.position());
        }
        boolean loose = kind == Leaf.WORD && Schema.NAME_FIELDS.contains(field);
        return b.setSlop(loose ? NAME_SLOP : 0).build();
    }

    private record Token(String text, int position) {
    }

    private static List<Token> tokens(Analyzer a, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a String does no I/O
        }
        return out;
    }

    private static Map<String, Float> fields(SearchField field) {
        return switch (field) {
            case ANY -> ANY_FIELDS;
            case TITLE -> Map.of(Schema.TITLE, 1f);
            case AUTHOR -> Map.of(Schema.AUTHOR, 1f);
            case SUMMARY -> Map.of(Schema.SUMMARY, 1f);
            case NOTES -> Map.of(Schema.NOTES, 1f);
            case TEXT -> Map.of(Schema.TEXT, 1f);
            case FANDOM -> Map.of(Schema.tagField(TagType.FANDOM), 1f);
            case CHARACTER -> Map.of(Schema.tagField(TagType.CHARACTER), 1f);
            case RELATIONSHIP -> Map.of(Schema.tagField(TagType.RELATIONSHIP), 1f);
            case TAG -> allTags();
        };
    }

    private static Map<String, Float> allTags() {
        Map<String, Float> m = new LinkedHashMap<>();
        for (TagType t : TagType.values()) {
            m.put(Schema.tagField(t), 1f);
        }
        return m;
    }

    /** Where an unprefixed word is looked for, and how much a match in each field weighs. */
    private static Map<String, Float> anyFields() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(Schema.TITLE, 5f);
        m.put(Schema.AUTHOR, 4f);
        m.put(Schema.tagField(TagType.RELATIONSHIP), 3f);
        m.put(Schema.tagField(TagType.CHARACTER), 3f);
        m.put(Schema.tagField(TagType.FANDOM), 3f);
        m.put(Schema.tagField(TagType.FREEFORM), 2f);
        m.put(Schema.SUMMARY, 2f);
        m.put(Schema.tagField(TagType.RATING), 1f);
        m.put(Schema.tagField(TagType.WARNING), 1f);
        m.put(Schema.tagField(TagType.CATEGORY), 1f);
        m.put(Schema.TEXT, 1f);
        m.put(Schema.NOTES, 0.5f);
        return m;
    }

    private void addFilters(BooleanQuery.Builder b, SearchQuery q) {
        List<TagFilter> ratings = new ArrayList<>();
        for (TagFilter f : q.include()) {
            if (f.type().singleValued()) {
                ratings.add(f);
            } else {
                b.add(tagQuery(f), Occur.FILTER);
            }
        }
        if (!ratings.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            ratings.forEach(f -> any.add(tagQuery(f), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        q.exclude().forEach(f -> b.add(tagQuery(f), Occur.MUST_NOT));
        if (!q.words().isAny()) {
            b.add(IntPoint.newRangeQuery(Schema.WORDS, q.words().min(), q.words().max()), Occur.FILTER);
        }
        addExact(b, Schema.LANGUAGE, q.language());
        addExact(b, Schema.COMPLETE, q.complete());
        addExact(b, Schema.CROSSOVER, q.crossover());
    }

    private Query tagQuery(TagFilter f) {
        String field = Schema.keyField(f.type());
        return new TermQuery(new Term(field, schema.key(field, f.value())));
    }

    private static void addExact(BooleanQuery.Builder b, String field, @Nullable Object value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value.toString())), Occur.FILTER);
        }
    }
}

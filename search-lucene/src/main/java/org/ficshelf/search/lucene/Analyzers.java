package org.ficshelf.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains: prose (story text, titles, summaries, notes) is stemmed as English
 * with stop words removed; names (tags, authors) keep every word unstemmed, so {@code Will} and
 * {@code The Doctor} stay findable. Both fold case, diacritics, apostrophes and possessives.
 */
final class Analyzers {
    /** Positions between the values of a multi-valued field: no phrase spans two tags. */
    static final int VALUE_GAP = 100;

    private Analyzers() {
    }

    /** The analyzer for prose fields. */
    static Analyzer prose() {
        return new Chain(true);
    }

    /** The analyzer for tag and author fields. */
    static Analyzer names() {
        return new Chain(false);
    }

    /** The index's analyzer: names for the fields {@link Schema} lists as name fields, prose for the rest. */
    static Analyzer perField() {
        Analyzer names = names();
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (String f : Schema.NAME_FIELDS) {
            byField.put(f, names);
        }
        return new PerFieldAnalyzerWrapper(prose(), byField);
    }

    /** One analysis chain; {@code english} adds stop words and stemming. */
    private static final class Chain extends Analyzer {
        private final boolean english;

        Chain(boolean english) {
            this.english = english;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new ASCIIFoldingFilter(source);
            t = new EnglishPossessiveFilter(t);
            t = new LowerCaseFilter(t);
            t = new ApostropheFilter(t);
            if (english) {
                t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                t = new PorterStemFilter(t);
            }
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ApostropheFilter(new LowerCaseFilter(new ASCIIFoldingFilter(in)));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }
}

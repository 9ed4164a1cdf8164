package org.ficshelf.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Where every {@value #STEP}th token position of the stored opening starts, as a character
 * offset into the opening (its chapters joined by one separator character, as the highlighter
 * joins them): a snippet for a match at position {@code p} then analyzes only the few hundred
 * characters around mark {@code p / STEP}, not the opening up to the match. Kept in doc values,
 * a few dozen bytes a work. Positions count every token of the standard tokenizer (stop words
 * leave gaps, so the prose chain keeps them) and {@link Analyzers#VALUE_GAP} between chapters,
 * as the index counts them.
 */
final class TextMarks {
    /** Positions between two marks. */
    static final int STEP = 32;
    /**
     * Characters per unit of a stored mark: marks are kept rounded down to a multiple of this, so
     * that most deltas fit one byte; a window starts at most this much earlier than it could.
     */
    static final int UNIT = 4;
    private static final Analyzer TOKENS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t);
        }
    };

    private TextMarks() {
    }

    /** The marks of an opening stored as {@code chapters}: delta-coded offsets in {@link #UNIT}s. */
    static BytesRef encode(List<String> chapters) {
        int[] marks = marks(chapters);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            int last = 0;
            for (int m : marks) {
                out.writeVInt(m / UNIT - last);
                last = m / UNIT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory: no I/O
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** Mark {@code k}: the start offset of the first token at position {@code k * STEP} or later. */
    static int[] marks(List<String> chapters) {
        int[] marks = new int[16];
        int n = 0;
        int position = -1;
        int base = 0;
        boolean first = true;
        for (String chapter : chapters) {
            if (!first) {
                position += Analyzers.VALUE_GAP;
            }
            first = false;
            try (TokenStream ts = TOKENS.tokenStream(Schema.TEXT, chapter)) {
                PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    position += inc.getPositionIncrement();
                    while (position >= n * STEP) {
                        marks = ArrayUtil.grow(marks, n + 1);
                        marks[n++] = base + offset.startOffset();
                    }
                }
                ts.end();
                position += inc.getPositionIncrement();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a String: no I/O
            }
            base += chapter.length() + 1;
        }
        return Arrays.copyOf(marks, n);
    }

    /** The marks, each at most {@link #UNIT} - 1 characters before the token it marks. */
    static int[] decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int[] out = new int[16];
        int n = 0;
        int last = 0;
        while (!in.eof()) {
            last += in.readVInt();
            out = ArrayUtil.grow(out, n + 1);
            out[n++] = last * UNIT;
        }
        return Arrays.copyOf(out, n);
    }

    /** The marks of {@code docs} (top-level doc ids, any order), in their order; empty where none. */
    static int[][] of(List<LeafReaderContext> leaves, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        int[][] out = new int[docs.length][];
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                values = leaf.reader().getBinaryDocValues(Schema.TEXT_MARKS);
            }
            int local = docs[i] - leaf.docBase;
            out[i] = values != null && values.advanceExact(local) ? decode(values.binaryValue()) : new int[0];
        }
        return out;
    }
}

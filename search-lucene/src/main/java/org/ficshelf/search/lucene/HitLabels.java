package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What the result list shows of a work besides snippets (its id, title and authors), kept in doc
 * values so that a page of hits reads no stored document. The title and authors are one binary
 * value: a flag for the title, the title, the number of authors, each author (UTF-8, length first).
 */
final class HitLabels {
    private HitLabels() {
    }

    /** A hit's id, title and authors. */
    record Label(long id, @Nullable String title, List<String> authors) {
    }

    static BytesRef encode(@Nullable String title, List<String> authors) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte((byte) (title == null ? 0 : 1));
            if (title != null) {
                out.writeString(title);
            }
            out.writeVInt(authors.size());
            for (String a : authors) {
                out.writeString(a);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e); // does no I/O
        }
        return new BytesRef(out.toArrayCopy());
    }

    static Label decode(long id, BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String title = in.readByte() == 0 ? null : in.readString();
        int n = in.readVInt();
        List<String> authors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            authors.add(in.readString());
        }
        return new Label(id, title, authors);
    }

    /** The labels of {@code docs} (top-level doc ids, in any order), in their order. */
    static List<Label> of(List<LeafReaderContext> leaves, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        // doc values iterate forward only: visit the hits in doc order, one iterator per segment
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        Label[] out = new Label[docs.length];
        LeafReaderContext leaf = null;
        NumericDocValues ids = null;
        BinaryDocValues labels = null;
        for (int i : order) {
            if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                ids = leaf.reader().getNumericDocValues(Schema.ID);
                labels = leaf.reader().getBinaryDocValues(Schema.HIT);
            }
            int local = docs[i] - leaf.docBase;
            long id = ids != null && ids.advanceExact(local) ? ids.longValue() : -1;
            out[i] = labels != null && labels.advanceExact(local)
                    ? decode(id, labels.binaryValue())
                    : new Label(id, null, List.of());
        }
        return Arrays.asList(out);
    }
}

package org.ficshelf.search.lucene;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchException.Reason;

/** Maps Lucene's and the JDK's failures to {@link SearchException}s, once, for the whole backend. */
final class Failures {
    private Failures() {
    }

    static SearchException map(Exception e, String doing) {
        return switch (e) {
            case SearchException s -> s;
            case LockObtainFailedException l -> new SearchException(Reason.LOCKED,
                    "cannot " + doing + ": another process has the index open", e);
            case CorruptIndexException c -> corrupt(doing, e);
            case IndexFormatTooOldException o -> corrupt(doing, e);
            case IndexFormatTooNewException n -> corrupt(doing, e);
            case AlreadyClosedException c -> new SearchException(Reason.CLOSED,
                    "cannot " + doing + ": the search index is closed", e);
            case IndexSearcher.TooManyClauses t -> new SearchException(Reason.BAD_QUERY,
                    "the query expands to too many terms; make it more specific", e);
            case java.io.IOException io ->
                new SearchException(Reason.IO, "cannot " + doing + ": " + io.getMessage(), e);
            default -> new SearchException(Reason.IO, "cannot " + doing + ": " + e, e);
        };
    }

    private static SearchException corrupt(String doing, Exception e) {
        return new SearchException(Reason.CORRUPT,
                "cannot " + doing + ": the index is damaged or from another version; rebuild it", e);
    }
}

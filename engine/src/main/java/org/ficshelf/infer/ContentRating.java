package org.ficshelf.infer;

/** The four AO3 ratings a text can be read as, mildest first ("Not Rated" is never a reading). */
enum ContentRating {
    GENERAL("General Audiences"), TEEN("Teen And Up Audiences"), MATURE("Mature"), EXPLICIT("Explicit");

    private final String label;

    ContentRating(String label) {
        this.label = label;
    }

    /** The AO3 name, as the work record writes it. */
    String label() {
        return label;
    }
}

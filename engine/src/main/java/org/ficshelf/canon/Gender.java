package org.ficshelf.canon;

import java.util.Locale;

/** A character's gender where canon gives one; decides relationship categories. */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN;

    /** Reads the data files' code: {@code f}, {@code m}, {@code o}/{@code other}, anything else unknown. */
    public static Gender fromCode(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "f", "female" -> FEMALE;
            case "m", "male" -> MALE;
            case "o", "other", "nb" -> OTHER;
            default -> UNKNOWN;
        };
    }
}

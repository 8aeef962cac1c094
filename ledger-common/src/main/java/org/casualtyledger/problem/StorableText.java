package org.casualtyledger.problem;

/**
 * What PostgreSQL cannot store in a text column: the NUL character (U+0000) and a UTF-16 surrogate without its
 * pair (a broken character). Every text a client sends is checked for both before it can reach the database.
 */
public final class StorableText {
    private StorableText() {
    }

    /** Why the value cannot be stored, or null when it can (null values can). */
    public static String flaw(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "contains the NUL character (U+0000) at position " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a broken character (an unpaired UTF-16 surrogate) at position " + i;
            }
        }
        return null;
    }

    /** The value itself, or a 400 problem naming the field when it cannot be stored. */
    public static String checked(String field, String value) {
        String flaw = flaw(value);
        if (flaw != null) {
            throw QueryParams.invalid(field, flaw);
        }
        return value;
    }
}

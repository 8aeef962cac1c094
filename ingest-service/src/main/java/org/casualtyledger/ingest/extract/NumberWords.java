package org.casualtyledger.ingest.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spelled-out English numbers ("thirty-four", "two hundred and five") read with ICU4J's rule-based spell-out
 * format. The vocabulary of number words is itself generated from the format, so no table is written by hand.
 */
final class NumberWords {

    private static final int CACHE_LIMIT = 4096;
    private final RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    private final Set<String> words = new HashSet<>();
    private final Map<String, Long> parsed = new ConcurrentHashMap<>();

    NumberWords() {
        for (long n = 0; n <= 100; n++) {
            for (String part : spellout.format(n).split("[\\s-]+")) {
                words.add(part);
            }
        }
        for (long n : new long[] {1_000, 1_000_000, 1_000_000_000}) {
            words.add(spellout.format(n).split(" ")[1]);
        }
    }

    /** True for one word of a spelled-out number ("thirty", "thirty-four", "hundred"). */
    boolean isNumberWord(String lower) {
        if (words.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-');
        return dash > 0 && words.contains(lower.substring(0, dash)) && words.contains(lower.substring(dash + 1));
    }

    boolean isMultiplier(String lower) {
        return lower.equals("hundred") || lower.equals("thousand") || lower.equals("million") || lower.equals("billion");
    }

    /** The value of a phrase of number words joined by spaces ("and" already removed), or -1. */
    long parse(String words) {
        String phrase = hyphenateTens(words);
        Long cached = parsed.get(phrase);
        if (cached != null) {
            return cached;
        }
        long value = parseWithIcu(phrase);
        if (parsed.size() < CACHE_LIMIT) {
            parsed.put(phrase, value);
        }
        return value;
    }

    /** "twenty five" is written "twenty-five" by the spell-out rules. */
    private String hyphenateTens(String phrase) {
        String[] parts = phrase.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                boolean tensThenUnit = parts[i - 1].endsWith("ty") && UNITS.contains(parts[i]);
                b.append(tensThenUnit ? '-' : ' ');
            }
            b.append(parts[i]);
        }
        return b.toString();
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private long parseWithIcu(String phrase) {
        ParsePosition position = new ParsePosition(0);
        Number number;
        synchronized (spellout) {
            number = spellout.parse(phrase, position);
        }
        if (number == null || position.getIndex() != phrase.length() || number.doubleValue() != Math.floor(number.doubleValue())) {
            return -1;
        }
        return number.longValue();
    }
}

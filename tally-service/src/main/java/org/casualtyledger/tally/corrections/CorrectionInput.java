package org.casualtyledger.tally.corrections;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;

/** What the correction endpoints read besides the body: the author's header, and the checks they share. */
final class CorrectionInput {
    /** Percent-encoded UTF-8 name of the key that made the correction; the gateway sets it, nothing else should. */
    static final String AUTHOR = "X-Correction-Author";

    private CorrectionInput() {
    }

    static <T> T body(T request) {
        if (request == null) {
            throw CorrectionRules.invalid("reason", "a correction needs a body with a reason");
        }
        return request;
    }

    static String text(String field, String value) {
        if (CorrectionRules.blank(value)) {
            return null;
        }
        CorrectionRules.text(field, value);
        return value.strip();
    }

    static String author(String header) {
        String name;
        try {
            name = CorrectionRules.blank(header) ? null : URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            name = null;
        }
        if (CorrectionRules.blank(name)) {
            throw new ProblemException(Problem.of(400, "invalid-correction", "Invalid correction",
                    AUTHOR + ": the author of a correction is required, percent-encoded (the gateway names the key that made it)"));
        }
        CorrectionRules.text("author", name);
        return name;
    }
}

package org.casualtyledger.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.casualtyledger.ingest.report.ReportInput;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.problem.QueryParams;
import org.casualtyledger.problem.StorableText;

/** Builds and validates report inputs that do not arrive as one JSON body (text/plain, NDJSON lines). */
@ApplicationScoped
public class ReportInputs {
    private final Validator validator;

    public ReportInputs(Validator validator) {
        this.validator = validator;
    }

    public ReportInput fromPlainText(String text, String source, String url, String title, String publishedAt, String language) {
        return valid(new ReportInput(source, url, title, QueryParams.date("publishedAt", publishedAt), language,
                StorableText.checked("text", text)));
    }

    public ReportInput valid(ReportInput input) {
        if (input == null) {
            throw ProblemException.badRequest("the request has no body; a report needs at least source and text");
        }
        Set<ConstraintViolation<ReportInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}

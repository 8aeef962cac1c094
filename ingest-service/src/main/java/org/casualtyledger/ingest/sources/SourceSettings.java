package org.casualtyledger.ingest.sources;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.jsoup.select.Selector;
import org.jsoup.nodes.Document;

/** A source's settings, checked: a bad field is a 400 problem that names it. */
public record SourceSettings(String name, URI feedUrl, String language, Duration pollEvery, String bodySelector, boolean enabled) {
    public static final Duration MIN_POLL_EVERY = Duration.ofMinutes(1);
    public static final Duration DEFAULT_POLL_EVERY = Duration.ofMinutes(15);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public static SourceSettings check(SourceInput input) {
        if (input == null) {
            throw ProblemException.badRequest("the request has no body; a source needs at least name and feedUrl");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.name() == null || !NAME.matcher(input.name()).matches() || !input.name().equals(input.name().strip())) {
            errors.add(new Problem.FieldError("name", "must be 1 to 100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit"));
        }
        URI feed = feedUrl(input.feedUrl(), errors);
        String language = input.language() == null ? "en" : input.language();
        if (!LANGUAGE.matcher(language).matches()) {
            errors.add(new Problem.FieldError("language", "must be a language code such as en"));
        }
        Duration every = pollEvery(input.pollEvery(), errors);
        String selector = input.bodySelector() == null || input.bodySelector().isBlank() ? null : input.bodySelector().strip();
        if (selector != null && !validSelector(selector)) {
            errors.add(new Problem.FieldError("bodySelector", "is not a CSS selector"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(Problem.of(400, "invalid-field", "Invalid request", detail).withErrors(errors));
        }
        return new SourceSettings(input.name(), feed, language, every, selector, input.enabled() == null || input.enabled());
    }

    private static URI feedUrl(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError("feedUrl", "must not be blank"));
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() != null && uri.getHost() != null && value.length() <= 2000
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("feedUrl", "must be an absolute http or https URL of at most 2000 characters"));
        return null;
    }

    private static Duration pollEvery(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_POLL_EVERY;
        }
        try {
            Duration every = Duration.parse(value.strip());
            if (every.compareTo(MIN_POLL_EVERY) >= 0) {
                return every;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("pollEvery", "must be an ISO-8601 duration of at least one minute, such as PT15M"));
        return null;
    }

    private static boolean validSelector(String selector) {
        try {
            new Document("").select(selector);
            return selector.length() <= 500;
        } catch (Selector.SelectorParseException e) {
            return false;
        }
    }
}

package org.casualtyledger.gateway.contract;

import java.util.regex.Pattern;
import org.casualtyledger.gateway.access.Role;

/** Which backend serves a public path, and under which path: the public API is the backends' API under /api/v1. */
public final class Routes {
    public static final String PREFIX = "/api/v1";
    public static final String INGEST = "ingest-service";
    public static final String TALLY = "tally-service";
    private static final Pattern CORRECTIONS = Pattern.compile("/(claims|events)/[^/]+/corrections/?");

    private Routes() {
    }

    public static String backendOf(String publicPath) {
        String path = backendPath(publicPath);
        return path.startsWith("/reports") || path.startsWith("/extract") || path.startsWith("/sources")
                || path.startsWith("/reextractions") ? INGEST : TALLY;
    }

    /** Paths whose every operation but GET is for admins: the sources the service follows, and re-extraction. */
    public static boolean adminWrites(String publicPath) {
        String path = backendPath(publicPath);
        return path.startsWith("/sources") || path.equals("/reports/reextract");
    }

    /** Paths whose POST is an analyst's correction of a claim or an event. */
    public static boolean corrections(String publicPath) {
        return CORRECTIONS.matcher(backendPath(publicPath)).matches();
    }

    /**
     * The role an operation needs, by its path and HTTP method: the access filter checks it before the request is
     * matched to an operation, the public document states it ({@code x-required-role}), and each operation's
     * {@code @Allowed} must agree (a test checks). Corrections are for analysts, sources are changed by admins,
     * the rest goes by the method ({@link Role#forMethod}).
     */
    public static Role requiredRole(String httpMethod, String publicPath) {
        boolean read = "GET".equalsIgnoreCase(httpMethod) || "HEAD".equalsIgnoreCase(httpMethod);
        if (!read && corrections(publicPath)) {
            return Role.ANALYST;
        }
        if (!read && adminWrites(publicPath)) {
            return Role.ADMIN;
        }
        return Role.forMethod(httpMethod);
    }

    public static String backendPath(String publicPath) {
        return publicPath.startsWith(PREFIX) ? publicPath.substring(PREFIX.length()) : publicPath;
    }

    /** Path templates compare equal whatever their parameters are called: /reports/{id} and /reports/{reportId}. */
    public static String shape(String pathTemplate) {
        return pathTemplate.replaceAll("\\{[^}]*}", "{}");
    }
}

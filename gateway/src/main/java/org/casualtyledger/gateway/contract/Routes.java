package org.casualtyledger.gateway.contract;

/** Which backend serves a public path, and under which path: the public API is the backends' API under /api/v1. */
public final class Routes {
    public static final String PREFIX = "/api/v1";
    public static final String INGEST = "ingest-service";
    public static final String TALLY = "tally-service";

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

    public static String backendPath(String publicPath) {
        return publicPath.startsWith(PREFIX) ? publicPath.substring(PREFIX.length()) : publicPath;
    }

    /** Path templates compare equal whatever their parameters are called: /reports/{id} and /reports/{reportId}. */
    public static String shape(String pathTemplate) {
        return pathTemplate.replaceAll("\\{[^}]*}", "{}");
    }
}

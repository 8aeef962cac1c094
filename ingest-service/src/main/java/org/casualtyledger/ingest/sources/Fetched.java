package org.casualtyledger.ingest.sources;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One answer, after redirects: its status, body (empty for 304 and errors) and the validators for the next request. */
public record Fetched(URI uri, int status, String contentType, byte[] body, String etag, String lastModified,
        String location) {

    public boolean notModified() {
        return status == 304;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The media type alone, lower case, or "" when the server named none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the server declared, or null to let the parser find it in the document. */
    public String declaredCharset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                return Charset.isSupported(name) ? name : StandardCharsets.UTF_8.name();
            }
        }
        return null;
    }
}

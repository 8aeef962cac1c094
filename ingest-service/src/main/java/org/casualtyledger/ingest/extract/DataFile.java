package org.casualtyledger.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads one tab-separated data file of the extractor's language under {@code extract/<language>/} on the classpath;
 * a line starting with "# " is a comment (a lone "#" is data: a word list may hold the sign).
 * Remembers the SHA-256 of every file read, so that the extractor's version can name the rule data it used.
 */
final class DataFile {
    /** The language whose words and rules the extractor reads; another language is another folder of the same files. */
    static final String LANGUAGE = "en";
    private static final SortedMap<String, String> DIGESTS = new TreeMap<>();

    private DataFile() {
    }

    static List<String[]> rows(String name) {
        String path = "extract/" + LANGUAGE + "/" + name;
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("extraction data file missing from the classpath: " + path);
        }
        byte[] content;
        try (in) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        synchronized (DIGESTS) {
            DIGESTS.put(name, sha256Hex(content));
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank() && !line.startsWith("# ")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    /** File name and SHA-256 of every data file read so far, by name. */
    static Map<String, String> digests() {
        synchronized (DIGESTS) {
            return Map.copyOf(DIGESTS);
        }
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

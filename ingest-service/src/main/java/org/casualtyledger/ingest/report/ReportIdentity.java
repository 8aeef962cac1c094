package org.casualtyledger.ingest.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Content hash and id of a report: the same text from the same source is one report, whatever its spacing. */
public final class ReportIdentity {
    private ReportIdentity() {
    }

    public static String contentHash(String text) {
        return sha256Hex(normalised(text));
    }

    /**
     * NFC, stripped, each run of whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) one space. By hand rather than a regular expression: a bulletin's thousands of characters went through
     * a matcher on every submission.
     */
    static String normalised(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    public static String reportId(String source, String contentHash) {
        return "r-" + sha256Hex(source + "\n" + contentHash).substring(0, 24);
    }

    static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

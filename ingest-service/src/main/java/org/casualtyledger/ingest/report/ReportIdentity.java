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
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return sha256Hex(normalised);
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

package org.casualtyledger.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.casualtyledger.claim.Outcome;

/** Claim ids: "c-" and 24 hex characters of sha256(report id, span, outcome), so re-extraction gives the same ids. */
final class ClaimIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int HEX_CHARS = 24;
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(ClaimIds::sha256);

    private ClaimIds() {
    }

    static String of(String reportId, int start, int end, Outcome outcome) {
        String key = reportId + '|' + start + '|' + end + '|' + outcome.name();
        byte[] hash = DIGEST.get().digest(key.getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(2 + HEX_CHARS).append("c-");
        for (int i = 0; i < HEX_CHARS / 2; i++) {
            id.append(HEX[(hash[i] >> 4) & 0xF]).append(HEX[hash[i] & 0xF]);
        }
        return id.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}

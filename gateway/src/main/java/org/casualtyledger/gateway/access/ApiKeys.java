package org.casualtyledger.gateway.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The configured keys, held only as SHA-256 digests. A presented key is hashed and compared with
 * every digest in constant time, so neither timing nor an early exit tells how close a guess was.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private final List<KeyHolder> holders;

    /**
     * One configured key: its digest, its role, a short id (a digest prefix) for logs and limits, and the name of
     * its holder ({@code ledger.access.names."<sha256hex>"}, else "key " and the id), which signs its corrections.
     */
    public record KeyHolder(byte[] digest, Role role, String id, String name) {
    }

    ApiKeys(AccessConfig config) {
        this.holders = List.copyOf(load(config));
        if (holders.isEmpty()) {
            LOG.warn("No API keys configured (set LEDGER_API_KEY or ledger.access.keys): every /api/v1 call will be refused");
        } else {
            LOG.infof("%d API key(s) configured", holders.size());
        }
    }

    public Optional<KeyHolder> find(String presentedKey) {
        byte[] digest = sha256(presentedKey);
        KeyHolder match = null;
        for (KeyHolder holder : holders) {
            if (MessageDigest.isEqual(holder.digest(), digest)) {
                match = holder;
            }
        }
        return Optional.ofNullable(match);
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static List<KeyHolder> load(AccessConfig config) {
        List<KeyHolder> keys = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        config.names().forEach((hex, name) -> names.put(clean(hex), name.trim()));
        config.keys().forEach((hex, role) -> keys.add(holder(hex, role, names)));
        config.keyHashes().orElse(List.of()).forEach(entry -> keys.add(parseEntry(entry, names)));
        config.adminKey().filter(k -> !k.isBlank()).ifPresent(k -> keys.add(holder(sha256Hex(k), Role.ADMIN, names)));
        return keys;
    }

    private static KeyHolder parseEntry(String entry, Map<String, String> names) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("ledger.access.key-hashes entries read role:sha256hex, got one without ':'");
        }
        Role role = Role.valueOf(entry.substring(0, colon).trim().toUpperCase(Locale.ROOT));
        return holder(entry.substring(colon + 1).trim(), role, names);
    }

    private static KeyHolder holder(String hex, Role role, Map<String, String> names) {
        String clean = clean(hex);
        if (!clean.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An API key digest must be 64 hex characters (SHA-256), got "
                    + clean.length() + " characters");
        }
        String id = clean.substring(0, 8);
        String name = names.getOrDefault(clean, "");
        return new KeyHolder(HexFormat.of().parseHex(clean), role, id, name.isEmpty() ? "key " + id : name);
    }

    private static String clean(String hex) {
        return hex.trim().toLowerCase(Locale.ROOT);
    }

    /** One digest per thread: looking SHA-256 up in the security providers on every request costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private static byte[] sha256(String value) {
        return SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8));
    }
}

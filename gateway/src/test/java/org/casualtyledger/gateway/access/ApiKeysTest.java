package org.casualtyledger.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key configuration read as an operator writes it: digests only, roles by name, mistakes refused at start. */
class ApiKeysTest {

    private static AccessConfig config(Map<String, Role> keys, List<String> hashes, String adminKey) {
        return config(keys, hashes, adminKey, Map.of());
    }

    private static AccessConfig config(Map<String, Role> keys, List<String> hashes, String adminKey, Map<String, String> names) {
        return new AccessConfig() {
            public Map<String, Role> keys() { return keys; }
            public Map<String, String> names() { return names; }
            public Optional<List<String>> keyHashes() { return Optional.ofNullable(hashes); }
            public Optional<String> adminKey() { return Optional.ofNullable(adminKey); }
            public Map<String, RateLimit> rateLimit() { return Map.of(); }
            public RateLimit failedKeyChecks() { return null; }
        };
    }

    @Test
    void findsEachKeyByItsDigestWithItsRole() {
        ApiKeys keys = new ApiKeys(config(Map.of(ApiKeys.sha256Hex("r-key"), Role.READER),
                List.of("submitter:" + ApiKeys.sha256Hex("s-key").toUpperCase()), "a-key"));
        assertEquals(Role.READER, keys.find("r-key").orElseThrow().role());
        assertEquals(Role.SUBMITTER, keys.find("s-key").orElseThrow().role());
        assertEquals(Role.ADMIN, keys.find("a-key").orElseThrow().role());
        assertTrue(keys.find("r-key ").isEmpty());
        assertTrue(keys.find(ApiKeys.sha256Hex("r-key")).isEmpty(), "the digest itself is not a key");
    }

    @Test
    void theIdInLogsIsADigestPrefixNeverTheKey() {
        ApiKeys keys = new ApiKeys(config(Map.of(), null, "secret-admin-key"));
        assertEquals(ApiKeys.sha256Hex("secret-admin-key").substring(0, 8), keys.find("secret-admin-key").orElseThrow().id());
    }

    @Test
    void aKeyIsNamedByItsDigestElseByItsId() {
        ApiKeys keys = new ApiKeys(config(Map.of(), List.of("analyst:" + ApiKeys.sha256Hex("an-key")), "a-key",
                Map.of(ApiKeys.sha256Hex("an-key").toUpperCase(), " Alice ")));
        assertEquals("Alice", keys.find("an-key").orElseThrow().name());
        assertEquals(Role.ANALYST, keys.find("an-key").orElseThrow().role());
        assertEquals("key " + ApiKeys.sha256Hex("a-key").substring(0, 8), keys.find("a-key").orElseThrow().name());
    }

    @Test
    void malformedEntriesAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys(config(Map.of("plain-key", Role.ADMIN), null, null)));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys(config(Map.of(), List.of(ApiKeys.sha256Hex("x")), null)));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys(config(Map.of(), List.of("owner:" + ApiKeys.sha256Hex("x")), null)));
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertTrue(Role.ADMIN.includes(Role.SUBMITTER) && Role.SUBMITTER.includes(Role.READER));
        assertTrue(!Role.READER.includes(Role.SUBMITTER) && !Role.SUBMITTER.includes(Role.ADMIN));
        assertTrue(Role.ADMIN.includes(Role.ANALYST) && Role.ANALYST.includes(Role.READER));
        assertTrue(!Role.ANALYST.includes(Role.SUBMITTER) && !Role.SUBMITTER.includes(Role.ANALYST) && !Role.ANALYST.includes(Role.ADMIN));
    }
}

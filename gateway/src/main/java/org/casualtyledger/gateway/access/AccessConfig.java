package org.casualtyledger.gateway.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API keys and rate limits. Keys are configured by the hex SHA-256 of the key, never the key itself:
 * <pre>
 * ledger.access.keys."9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"=reader
 * ledger.access.key-hashes=reader:&lt;sha256 hex&gt;,submitter:&lt;sha256 hex&gt;   (env LEDGER_ACCESS_KEY_HASHES, e.g. from a Secret)
 * ledger.access.names."9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"=Alice   (who signs corrections)
 * ledger.access.admin-key=${LEDGER_API_KEY:}   (a plain admin key for local runs; hashed at start, not kept)
 * ledger.access.rate-limit.reader.requests=50   ledger.access.rate-limit.reader.period=1S
 * ledger.access.failed-key-checks.requests=20   ledger.access.failed-key-checks.period=1M   (per client address)
 * </pre>
 */
@ConfigMapping(prefix = "ledger.access")
public interface AccessConfig {

    /** Role by the hex SHA-256 of a key. */
    Map<String, Role> keys();

    /** The name of the person or team holding a key, by the key's hex SHA-256: the author of its corrections. */
    Map<String, String> names();

    /** The same as a list of {@code role:sha256hex}, convenient for one environment variable. */
    @WithName("key-hashes")
    Optional<List<String>> keyHashes();

    /** A plain admin key for local runs (LEDGER_API_KEY). */
    @WithName("admin-key")
    Optional<String> adminKey();

    /** Token bucket per key, by role name (reader, submitter, admin). */
    @WithName("rate-limit")
    Map<String, RateLimit> rateLimit();

    /** Unknown keys a client address may present per period before its key checks are refused with 429. */
    @WithName("failed-key-checks")
    RateLimit failedKeyChecks();

    interface RateLimit {
        /** Requests a key may make per period; also the burst. */
        @WithDefault("50")
        long requests();

        @WithDefault("1S")
        Duration period();
    }
}

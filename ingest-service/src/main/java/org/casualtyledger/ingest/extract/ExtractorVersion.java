package org.casualtyledger.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The version of the standard extractor, e.g. {@code 0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e}: the build version and the
 * first 12 hex characters of a SHA-256 over what decides a reading, namely every rule data file the extractor read
 * (name and content) and its code, the SHA-256 of the compiled classes of this package and of every file under
 * {@code extract/en/} (also the word lists of rules no text has reached yet) that the build writes to
 * {@value #CODE_DIGEST}. A changed word list or rule class changes the version; the same build always gives the same
 * one, in the JVM and in a native image alike (both read the same resources).
 */
public final class ExtractorVersion {
    static final String CODE_DIGEST = "extract/extractor-code.sha256";
    private static final Logger LOG = Logger.getLogger(ExtractorVersion.class);

    private ExtractorVersion() {
    }

    public static String of(String buildVersion) {
        ClaimExtractor.standard();
        StringBuilder parts = new StringBuilder("code\t").append(codeDigest()).append('\n');
        new TreeMap<>(DataFile.digests()).forEach((name, digest) -> parts.append(name).append('\t').append(digest).append('\n'));
        return buildVersion + "+rules." + DataFile.sha256Hex(parts.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The build's digest of the extractor classes; "unbuilt" where classes were compiled outside the Maven build. */
    static String codeDigest() {
        try (InputStream in = ExtractorVersion.class.getClassLoader().getResourceAsStream(CODE_DIGEST)) {
            if (in == null) {
                LOG.warnf("%s is missing (classes compiled outside the Maven build): the extractor version names its rule data only", CODE_DIGEST);
                return "unbuilt";
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CODE_DIGEST, e);
        }
    }
}

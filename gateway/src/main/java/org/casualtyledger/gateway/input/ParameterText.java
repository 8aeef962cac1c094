package org.casualtyledger.gateway.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks one parameter value as it came in the URL (still percent-encoded): it must decode to well-formed UTF-8
 * without NUL. PostgreSQL stores neither U+0000 nor unpaired surrogates (UTF-8 encodes no surrogate at all), so such
 * a value can only fail further down; it is refused here with the parameter's name instead.
 */
public final class ParameterText {
    private ParameterText() {
    }

    /** What is wrong with the raw value, or empty when it is fine. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int value = i + 2 < raw.length() ? hex(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
                if (value < 0) {
                    return Optional.of("has a '%' that does not start a percent-encoded byte (%XX)");
                }
                bytes.write(value);
                i += 2;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("is not valid UTF-8 (an unpaired surrogate)");
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("is not valid UTF-8 (a broken byte sequence or an encoded surrogate)");
        }
        return decoded.indexOf('\0') >= 0 ? Optional.of("contains a NUL character (U+0000)") : Optional.empty();
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}

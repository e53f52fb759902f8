package cn.chia.governance.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An applicant's receipt secret: 16 characters of Crockford's base 32 (0-9 and the capital letters without I, L, O
 * and U: 80 random bits), shown in groups of four, {@code 7KQ2-M9XD-4TRC-H1NB}. It is read with or without the
 * dashes and spaces, in small or capital letters, full-width or not, O as 0 and I or L as 1, as Crockford's alphabet reads them. A
 * secret given before (32 hexadecimal characters) is still read. Only the SHA-256 of its canonical form is kept.
 */
final class ReceiptSecret {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern OLD_HEX = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CANONICAL = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private ReceiptSecret() {
    }

    /** A new secret, grouped for reading. */
    static String fresh() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        return grouped(encode(bits));
    }

    /** 80 bits (10 bytes) as 16 characters of the alphabet. */
    static String encode(byte[] tenBytes) {
        StringBuilder text = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : tenBytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return text.toString();
    }

    static String grouped(String canonical) {
        return String.join("-", canonical.substring(0, 4), canonical.substring(4, 8), canonical.substring(8, 12),
                canonical.substring(12, 16));
    }

    /**
     * The secret as it is hashed: 16 capitals of the alphabet (a new secret, however typed) or 32 small hexadecimal
     * characters (an old one); empty for anything else, which no secret can be.
     */
    static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        // NFKC: the full-width letters, digits and dash a Chinese input method types are the ASCII ones
        String compact = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010-\u2015]", "");
        if (compact.length() == 32) {
            String hex = compact.toLowerCase(Locale.ROOT);
            return OLD_HEX.matcher(hex).matches() ? Optional.of(hex) : Optional.empty();
        }
        String crockford = compact.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
        return CANONICAL.matcher(crockford).matches() ? Optional.of(crockford) : Optional.empty();
    }

    /** The SHA-256 (hex) kept of the secret {@code typed}; empty when it cannot be a secret. */
    static Optional<String> hashOf(String typed) {
        return canonical(typed).map(ReceiptSecret::sha256);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

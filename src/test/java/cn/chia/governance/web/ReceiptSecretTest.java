package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReceiptSecretTest {

    @Test
    void aSecretIsSixteenCharactersOfCrockfordsAlphabetInFourGroupsCarrying80Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String secret = ReceiptSecret.fresh();
            assertThat(secret).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            seen.add(secret);
        }
        assertThat(seen).hasSize(2000);
        assertThat(ReceiptSecret.encode(new byte[10])).isEqualTo("0".repeat(16));
        byte[] ones = new byte[10];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertThat(ReceiptSecret.encode(ones)).isEqualTo("Z".repeat(16));
        assertThat(ReceiptSecret.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void theSecretIsReadAsTypedButOnlyAsOneOfItsTwoFormats() {
        assertThat(ReceiptSecret.canonical("7kq2-m9xd-4trc-h1nb")).hasValue("7KQ2M9XD4TRCH1NB");
        assertThat(ReceiptSecret.canonical("7KQ2 M9XD 4TRC HINB")).hasValue("7KQ2M9XD4TRCH1NB");
        assertThat(ReceiptSecret.canonical("7KQ2M9XD4TRCHLNB")).hasValue("7KQ2M9XD4TRCH1NB");
        assertThat(ReceiptSecret.canonical("0123456789ABCDEF0123456789abcdef")).hasValue("0123456789abcdef0123456789abcdef");
        assertThat(ReceiptSecret.canonical("7KQ2-M9XD-4TRC-H1N")).isEmpty();
        assertThat(ReceiptSecret.canonical("7KQ2-M9XD-4TRC-H1NU")).isEmpty();
        assertThat(ReceiptSecret.canonical("0123456789abcdef0123456789abcdeg")).isEmpty();
        assertThat(ReceiptSecret.canonical(null)).isEmpty();
        assertThat(ReceiptSecret.hashOf("7kq2-m9xd-4trc-h1nb")).isEqualTo(ReceiptSecret.hashOf("7KQ2M9XD4TRCH1NB"));
    }
}

package tech.jobbot.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "RFC 6238 appendix B, T={0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfc6238TestVectorsForSha1(long epochSeconds, String expected) {
        assertEquals(expected, Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSeconds)), 8));
    }

    @ParameterizedTest(name = "RFC 4226 appendix D, counter {0}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void matchesTheRfc4226HotpVectors(long counter, String expected) {
        assertEquals(expected, Totp.code(RFC_SECRET, counter, 6));
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndNothingFurther() {
        Instant now = Instant.parse("2026-11-29T10:00:15Z");
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step - 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now, 0));
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now, 0).isEmpty());
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now, 0).isEmpty());
    }

    @Test
    void aCodeUsedOnceIsNotAcceptedAgain() {
        Instant now = Instant.parse("2026-11-29T10:00:15Z");
        String code = Totp.code(RFC_SECRET, Totp.step(now), 6);
        long used = Totp.verify(RFC_SECRET, code, now, 0).orElseThrow();
        assertTrue(Totp.verify(RFC_SECRET, code, now.plusSeconds(10), used).isEmpty(), "replay refused");
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.parse("2026-11-29T10:00:15Z");
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12 456"}) {
            assertFalse(Totp.verify(RFC_SECRET, bad, now, 0).isPresent(), "refused: " + bad);
        }
    }

    @Test
    void encodesSecretsInBase32AsRfc4648AndBuildsTheOtpauthUri() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(RFC_SECRET));
        assertEquals("foobar", new String(Totp.fromBase32("mzxw6ytboi"), StandardCharsets.US_ASCII));
        assertEquals("otpauth://totp/Jobbot%3Aada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Jobbot&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri("Jobbot", "ada@example.com", RFC_SECRET));
    }
}

package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tech.jobbot.domain.consent.ConsentFixtures.ALICE;
import static tech.jobbot.domain.consent.ConsentFixtures.START;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentRecordTest {

    private static ConsentRecord withContext(PurposeKey purpose, ConsentChoice choice, String region,
            Optional<String> language, Optional<String> ip, Optional<String> userAgent) {
        return new ConsentRecord(UUID.randomUUID(), ALICE, purpose, choice, 1, ConsentMethod.BANNER, START, region,
                language, ip, userAgent);
    }

    private static ConsentRecord withContext(String region, Optional<String> language, Optional<String> ip,
            Optional<String> userAgent) {
        return withContext(PurposeKey.ANALYTICS_USAGE, ConsentChoice.GRANTED, region, language, ip, userAgent);
    }

    @Test
    void a_record_keeps_the_proof_of_a_choice_with_its_context() {
        ConsentRecord r = withContext("EU", Optional.of("de-AT"), Optional.of("203.0.113.0"),
                Optional.of("Firefox on Linux"));
        assertEquals("EU", r.region());
        assertEquals(Optional.of("de-AT"), r.language());
        assertEquals(Optional.of("203.0.113.0"), r.truncatedIp());
        assertEquals(Optional.of("Firefox on Linux"), r.userAgentSummary());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.7                             | 203.0.113.0
            203.0.113.0                             | 203.0.113.0
            0.0.0.0                                 | 0.0.0.0
            255.255.255.255                         | 255.255.255.0
            10.1.2.3                                | 10.1.2.0
            2001:db8:85a3::8a2e:370:7334            | 2001:db8:85a3::
            2001:0DB8:85A3:0000:0000:8A2E:0370:7334 | 2001:db8:85a3::
            2001:db8:85a3::                         | 2001:db8:85a3::
            2001:db8::1                             | 2001:db8::
            2001:db8:0:1::1                         | 2001:db8::
            0:0:1::5                                | 0:0:1::
            ::1                                     | ::
            ::                                      | ::
            fe80::1%eth0                            | fe80::
            64:ff9b::203.0.113.7                    | 64:ff9b::
            ::ffff:203.0.113.7                      | 203.0.113.0
            ::ffff:cb00:7107                        | 203.0.113.0
            """)
    void given_an_ip_address_then_only_its_network_is_kept(String ip, String truncated) {
        assertEquals(truncated, ConsentRecord.truncate(ip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 203.0.113.7", "203.0.113", "203.0.113.7.1", "256.1.1.1", "1.2.3.04", "01.2.3.4",
            "a.b.c.d", "1.2.3.-4", "1.2.3.", "2001:db8:::1", "1::2::3", "12345::", "2001:db8:85a3:0:0:8a2e:370:7334:1",
            "1:2:3:4:5:6:7", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "gggg::", "1.2.3.4::", "fe80::1%", "::ffff:1.2.3",
            "[2001:db8::1]", "localhost", "example.com"})
    void given_something_that_is_not_an_ip_address_then_truncation_refuses_it(String text) {
        assertThrows(IllegalArgumentException.class, () -> ConsentRecord.truncate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "2001:db8:85a3::8a2e:370:7334", "::ffff:203.0.113.0", "2001:DB8:85A3::",
            "not an address"})
    void given_a_full_or_non_canonical_address_then_the_record_refuses_it(String ip) {
        assertThrows(IllegalArgumentException.class,
                () -> withContext("GLOBAL", Optional.empty(), Optional.of(ip), Optional.empty()));
    }

    @Test
    void a_truncated_ipv6_address_is_accepted() {
        assertEquals(Optional.of("2001:db8:85a3::"),
                withContext("CN", Optional.empty(), Optional.of("2001:db8:85a3::"), Optional.empty()).truncatedIp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "global", "US", "DE", "EUROPE"})
    void given_a_region_other_than_global_eu_or_cn_then_the_record_is_rejected(String region) {
        assertThrows(IllegalArgumentException.class,
                () -> withContext(region, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "english", "EN", "zh_CN"})
    void given_a_malformed_language_tag_then_the_record_is_rejected(String language) {
        assertThrows(IllegalArgumentException.class,
                () -> withContext("GLOBAL", Optional.of(language), Optional.empty(), Optional.empty()));
    }

    @Test
    void given_a_full_user_agent_instead_of_a_summary_then_the_record_is_rejected() {
        String full = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0 ".repeat(2);
        assertThrows(IllegalArgumentException.class,
                () -> withContext("GLOBAL", Optional.empty(), Optional.empty(), Optional.of(full)));
        assertThrows(IllegalArgumentException.class,
                () -> withContext("GLOBAL", Optional.empty(), Optional.empty(), Optional.of(" ")));
        assertThrows(IllegalArgumentException.class,
                () -> withContext("GLOBAL", Optional.empty(), Optional.empty(), Optional.of("Firefox\non Linux")));
    }

    @Test
    void an_essential_purpose_can_be_acknowledged_but_not_granted_or_withdrawn() {
        assertEquals(ConsentChoice.ACKNOWLEDGED, withContext(PurposeKey.ESSENTIAL_SERVICE, ConsentChoice.ACKNOWLEDGED,
                "GLOBAL", Optional.empty(), Optional.empty(), Optional.empty()).choice());
        for (ConsentChoice choice : new ConsentChoice[] {ConsentChoice.GRANTED, ConsentChoice.WITHDRAWN}) {
            assertThrows(IllegalArgumentException.class, () -> withContext(PurposeKey.ESSENTIAL_SECURITY, choice,
                    "GLOBAL", Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void policy_versions_start_at_one() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(UUID.randomUUID(), ALICE,
                PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, 0, ConsentMethod.SIGN_UP, START, "GLOBAL",
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void every_part_of_a_record_is_required() {
        assertThrows(NullPointerException.class, () -> new ConsentRecord(UUID.randomUUID(), null,
                PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, 1, ConsentMethod.SIGN_UP, START, "GLOBAL",
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ConsentRecord(UUID.randomUUID(), ALICE,
                PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, 1, ConsentMethod.SIGN_UP, null, "GLOBAL",
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ConsentRecord(UUID.randomUUID(), ALICE,
                PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, 1, ConsentMethod.SIGN_UP, START, "GLOBAL",
                null, Optional.empty(), Optional.empty()));
    }
}

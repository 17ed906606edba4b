package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.consent.ConsentFixtures.ALICE;
import static tech.jobbot.domain.consent.ConsentFixtures.START;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Contracts of the consent rules for any history: the latest grant or withdrawal decides, a
 * withdrawal beats every earlier grant, acknowledgements never grant, and a stored IP address
 * never identifies a device.
 */
class ConsentPropertiesTest {
    private static final List<PurposeKey> KEYS = List.of(PurposeKey.MARKETING_EMAIL, PurposeKey.ANALYTICS_USAGE,
            PurposeKey.sharing("acme"), PurposeKey.ESSENTIAL_SERVICE);
    private static final long SPAN_SECONDS = 1_000_000;

    @Provide
    Arbitrary<Purpose> purposes() {
        return Combinators.combine(Arbitraries.of(Purposes.MARKETING_EMAIL, Purposes.ANALYTICS_USAGE,
                Purposes.sharing("acme", "Acme Recruiting")), Arbitraries.integers().between(1, 4))
                .as(ConsentFixtures::changedIn);
    }

    /** Histories of one person over a few purposes, every record at its own instant, in any order. */
    @Provide
    Arbitrary<List<ConsentRecord>> histories() {
        Arbitrary<ConsentRecord> record = Combinators.combine(Arbitraries.of(KEYS),
                Arbitraries.of(ConsentChoice.class), Arbitraries.integers().between(1, 4),
                Arbitraries.of(ConsentMethod.class), Arbitraries.longs().between(0, SPAN_SECONDS))
                .as((key, choice, version, method, seconds) -> ConsentFixtures.record(ALICE, key,
                        key.isEssential() ? ConsentChoice.ACKNOWLEDGED : choice, version, method,
                        START.plusSeconds(seconds)));
        return record.list().ofMaxSize(25).uniqueElements(ConsentRecord::at);
    }

    /** A record later than any in a generated history. */
    private static ConsentRecord later(PurposeKey key, ConsentChoice choice, int version) {
        return ConsentFixtures.record(ALICE, key, choice, version, ConsentMethod.SETTINGS,
                START.plusSeconds(SPAN_SECONDS + 1));
    }

    @Property
    void the_state_depends_only_on_the_latest_grant_or_withdrawal(@ForAll("purposes") Purpose purpose,
            @ForAll("histories") List<ConsentRecord> history, @ForAll long seed) {
        Optional<ConsentRecord> latest = history.stream()
                .filter(r -> r.purpose().equals(purpose.key()) && r.choice().decisive())
                .max(Comparator.comparing(ConsentRecord::at));
        ConsentState expected = latest.map(r -> Consents.stateOf(purpose, List.of(r)))
                .orElse(new ConsentState.Missing());
        assertEquals(expected, Consents.stateOf(purpose, history));
        List<ConsentRecord> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(expected, Consents.stateOf(purpose, shuffled), "the order records arrive in does not matter");
    }

    @Property
    void a_withdrawal_always_wins_over_every_earlier_grant(@ForAll("purposes") Purpose purpose,
            @ForAll("histories") List<ConsentRecord> history, @ForAll @IntRange(min = 1, max = 4) int version,
            @ForAll long seed) {
        ConsentRecord withdrawal = later(purpose.key(), ConsentChoice.WITHDRAWN, version);
        List<ConsentRecord> withWithdrawal = new ArrayList<>(history);
        withWithdrawal.add(new Random(seed).nextInt(history.size() + 1), withdrawal);
        assertEquals(new ConsentState.Withdrawn(withdrawal), Consents.stateOf(purpose, withWithdrawal));
        assertFalse(Consents.mayUse(purpose, withWithdrawal));
    }

    @Property
    void an_acknowledgement_never_grants(@ForAll("purposes") Purpose purpose,
            @ForAll("histories") List<ConsentRecord> history) {
        List<ConsentRecord> acknowledgementsOnly = history.stream()
                .map(r -> new ConsentRecord(r.id(), r.subject(), r.purpose(), ConsentChoice.ACKNOWLEDGED,
                        r.policyVersion(), r.method(), r.at(), r.region(), r.language(), r.truncatedIp(),
                        r.userAgentSummary()))
                .toList();
        assertEquals(new ConsentState.Missing(), Consents.stateOf(purpose, acknowledgementsOnly));
        List<ConsentRecord> withoutAcknowledgements = history.stream().filter(r -> r.choice().decisive()).toList();
        assertEquals(Consents.stateOf(purpose, withoutAcknowledgements), Consents.stateOf(purpose, history),
                "acknowledgements change nothing");
        ConsentRecord lastWord = later(purpose.key(), ConsentChoice.ACKNOWLEDGED,
                purpose.changedInPolicyVersion());
        List<ConsentRecord> acknowledgedLast = new ArrayList<>(history);
        acknowledgedLast.add(lastWord);
        assertEquals(Consents.stateOf(purpose, history), Consents.stateOf(purpose, acknowledgedLast));
    }

    @Property
    void ipv4_truncation_never_keeps_the_last_octet(@ForAll @Size(4) List<@IntRange(max = 255) Integer> octets,
            @ForAll @IntRange(max = 255) int otherLast) {
        String ip = octets.stream().map(String::valueOf).collect(Collectors.joining("."));
        String network = octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + ".0";
        assertEquals(network, ConsentRecord.truncate(ip));
        assertEquals(network, ConsentRecord.truncate(
                octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + "." + otherLast));
        assertEquals(network, ConsentRecord.truncate("::ffff:" + ip), "an IPv4-mapped address too");
        assertEquals(network, ConsentRecord.truncate(network), "a network stays as it is");
    }

    @Property
    void ipv6_truncation_keeps_no_more_than_the_first_48_bits(
            @ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> groups,
            @ForAll @Size(5) List<@IntRange(max = 0xffff) Integer> otherLowGroups) {
        List<Integer> otherHost = new ArrayList<>(groups.subList(0, 3));
        otherHost.addAll(otherLowGroups);
        Assume.that(!ipv4Mapped(groups) && !ipv4Mapped(otherHost));
        String truncated = ConsentRecord.truncate(ipv6(groups));
        assertEquals(truncated, ConsentRecord.truncate(ipv6(otherHost)));
        assertEquals(truncated, ConsentRecord.truncate(truncated));
        assertTrue(truncated.endsWith("::"), truncated);
        assertEquals(Optional.of(truncated), new ConsentRecord(UUID.randomUUID(), ALICE, PurposeKey.ANALYTICS_USAGE,
                ConsentChoice.GRANTED, 1, ConsentMethod.BANNER, Instant.EPOCH, "GLOBAL", Optional.empty(),
                Optional.of(truncated), Optional.empty()).truncatedIp());
    }

    private static boolean ipv4Mapped(List<Integer> groups) {
        return groups.subList(0, 5).stream().allMatch(g -> g == 0) && groups.get(5) == 0xffff;
    }

    /** The full, uncompressed form with leading zeros, which truncation must normalise. */
    private static String ipv6(List<Integer> groups) {
        return IntStream.range(0, 8).mapToObj(i -> HexFormat.of().toHexDigits(groups.get(i).shortValue()))
                .collect(Collectors.joining(":"));
    }
}

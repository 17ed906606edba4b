package tech.jobbot.adapters.embedded.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.Purposes;

import tech.jobbot.domain.job.SkillId;

/** Keeps the benchmark runnable: each measured operation works once and finds what it should. */
class DomainBenchmarkSmokeTest {
    @Test
    void every_benchmarked_operation_runs_on_realistic_input() {
        DomainBenchmark benchmark = new DomainBenchmark();
        benchmark.setUp();

        assertTrue(benchmark.skillsInPosting().size() >= 5, "a backend posting names several skills");
        assertTrue(benchmark.skillsIn500WordAnswer().contains(new SkillId("postgresql")),
                benchmark.skillsIn500WordAnswer().toString());
        // The check is decided by the latest analytics record of each ledger, not by its absence.
        assertEquals(latestAnalyticsIsGrant(DomainBenchmark.ledger(12)), benchmark.consentCheckTypicalLedger());
        assertEquals(latestAnalyticsIsGrant(DomainBenchmark.ledger(1_000)),
                benchmark.consentCheckThousandRecordLedger());
    }

    private static boolean latestAnalyticsIsGrant(List<ConsentRecord> ledger) {
        ConsentRecord latest = ledger.stream().filter(r -> r.purpose().equals(Purposes.ANALYTICS_USAGE.key()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no analytics record in the ledger"));
        return latest.choice() == ConsentChoice.GRANTED;
    }
}

package tech.jobbot.adapters.embedded.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tech.jobbot.adapters.embedded.SampleJobs;
import tech.jobbot.adapters.skills.ClasspathSkillTaxonomy;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.Consents;
import tech.jobbot.domain.consent.Purpose;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * Hot domain code outside the interviewer: finding skills in a posting and in an answer with the
 * shipped taxonomy (done for every job and every answer), and the consent check that guards
 * every use of data for a purpose, over a typical and over a very long ledger. Run with
 * {@code bench.sh DomainBenchmark} in this module.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DomainBenchmark {
    private SkillExtractor extractor;
    private String posting;
    private List<ConsentRecord> typicalLedger;
    private List<ConsentRecord> longLedger;

    @Setup
    public void setUp() {
        extractor = new SkillExtractor(new ClasspathSkillTaxonomy().load());
        JobProfile job = SampleJobs.BACKEND_ENGINEER;
        posting = String.join("\n", job.title(), job.description(), String.join("\n", job.responsibilities()),
                String.join("\n", job.requirements()));
        typicalLedger = ledger(12);
        longLedger = ledger(1_000);
    }

    /**
     * A person's ledger of {@code records} grants and withdrawals spread over the purposes that
     * need consent, oldest first, as the cookie banner and settings write it.
     */
    static List<ConsentRecord> ledger(int records) {
        AccountId subject = new AccountId(UUID.randomUUID());
        List<Purpose> purposes = Purposes.all().stream().filter(p -> p.legalBasis().needsConsent()).toList();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<ConsentRecord> ledger = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            Purpose purpose = purposes.get(i % purposes.size());
            ledger.add(new ConsentRecord(UUID.randomUUID(), subject, purpose.key(),
                    i % 3 == 2 ? ConsentChoice.WITHDRAWN : ConsentChoice.GRANTED, purpose.changedInPolicyVersion(),
                    ConsentMethod.SETTINGS, at.plus(Duration.ofMinutes(i)), "EU", Optional.of("en"),
                    Optional.empty(), Optional.of("Firefox on Linux")));
        }
        return List.copyOf(ledger);
    }

    @Benchmark
    public List<SkillId> skillsInPosting() {
        return extractor.extract(posting);
    }

    @Benchmark
    public List<SkillId> skillsIn500WordAnswer() {
        return extractor.extract(InterviewerBenchmark.ANSWER);
    }

    @Benchmark
    public boolean consentCheckTypicalLedger() {
        return Consents.mayUse(Purposes.ANALYTICS_USAGE, typicalLedger);
    }

    @Benchmark
    public boolean consentCheckThousandRecordLedger() {
        return Consents.mayUse(Purposes.ANALYTICS_USAGE, longLedger);
    }
}

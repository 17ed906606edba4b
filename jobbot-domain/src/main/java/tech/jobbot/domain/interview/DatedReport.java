package tech.jobbot.domain.interview;

import java.time.Instant;
import java.util.Objects;

/** A finished interview's report and when the interview was finished: one point of progress. */
public record DatedReport(Instant finishedAt, InterviewReport report) {
    public DatedReport {
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(report, "report");
    }
}

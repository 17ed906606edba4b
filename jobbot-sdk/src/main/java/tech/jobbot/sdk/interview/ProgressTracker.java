package tech.jobbot.sdk.interview;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.DatedReport;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Progress;
import tech.jobbot.ports.out.interview.InterviewRepository;

/** A person's progress over time, from the reports of their finished interviews. */
public final class ProgressTracker {
    private final InterviewRepository interviews;

    public ProgressTracker(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    public Progress progress(AccountId owner) {
        return Progress.of(interviews.list(owner).stream()
                .filter(i -> i.report().isPresent() && i.finishedAt().isPresent())
                .map(ProgressTracker::dated)
                .toList());
    }

    private static DatedReport dated(Interview i) {
        return new DatedReport(i.finishedAt().orElseThrow(), i.report().orElseThrow());
    }
}

package tech.jobbot.adapters.embedded;

import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.ports.out.interview.InterviewerContract;

/** The built-in interviewer needs no prepared replies: the contract's hooks stay no-ops. */
class EmbeddedInterviewerContractTest extends InterviewerContract {
    private final EmbeddedInterviewer interviewer = new EmbeddedInterviewer(SampleJobs.TAXONOMY);

    @Override
    protected Interviewer interviewer() {
        return interviewer;
    }
}

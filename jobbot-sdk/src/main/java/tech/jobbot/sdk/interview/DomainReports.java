package tech.jobbot.sdk.interview;

import tech.jobbot.domain.interview.AttemptRecord;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.ReportBuilder;
import tech.jobbot.domain.job.SkillExtractor;

/** The report of an interview by the domain's rules, from every attempt it records. */
public final class DomainReports implements InterviewService.ReportWriter {
    private final ReportBuilder builder;

    public DomainReports(SkillExtractor extractor) {
        this.builder = new ReportBuilder(extractor);
    }

    @Override
    public InterviewReport report(Interview interview) {
        return builder.build(interview.questions(), interview.attempts().stream().map(AttemptRecord::of).toList(),
                interview.job());
    }
}

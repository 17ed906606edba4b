package tech.jobbot.domain.interview;

import java.util.List;
import java.util.Objects;

import tech.jobbot.domain.job.SkillId;

/** A question an interviewer proposes for a plan, before the plan numbers it. */
public record QuestionDraft(String text, QuestionKind kind, Competency competency, List<SkillId> skills,
        String probes) {
    public QuestionDraft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(competency, "competency");
        skills = List.copyOf(skills);
        Objects.requireNonNull(probes, "probes");
    }
}

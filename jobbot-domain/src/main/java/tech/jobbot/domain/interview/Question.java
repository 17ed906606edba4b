package tech.jobbot.domain.interview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.job.SkillId;

/**
 * One interview question.
 *
 * @param skills the job's skills it probes
 * @param probes the job requirement or responsibility it tests, in the job's words (may be empty
 *               for a motivational question about the role as a whole)
 */
public record Question(QuestionId id, String text, QuestionKind kind, Competency competency, List<SkillId> skills,
        String probes, Optional<QuestionId> followUpOf) {
    public static final int MAX_TEXT = 1_000;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(competency, "competency");
        skills = List.copyOf(skills);
        Objects.requireNonNull(probes, "probes");
        Objects.requireNonNull(followUpOf, "followUpOf");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("question text must be 1 to " + MAX_TEXT + " characters");
        }
        if (id.isFollowUp() != followUpOf.isPresent()) {
            throw new IllegalArgumentException("follow-up ids and followUpOf go together");
        }
    }
}

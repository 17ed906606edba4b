package tech.jobbot.domain.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Jobbot's understanding of a job: what the interview is tailored to.
 *
 * @param requirements the requirements and qualifications, one per entry, in the posting's words
 * @param skills       the taxonomy skills the job asks for, most important first
 */
public record JobProfile(
        String title,
        Optional<String> company,
        String description,
        List<String> responsibilities,
        List<String> requirements,
        List<SkillId> skills,
        Seniority seniority,
        Optional<String> employmentType) {

    public static final int MAX_TITLE = 200;
    /** At most this many skills on a job. */
    public static final int MAX_SKILLS = 60;
    public static final int MAX_DESCRIPTION = 50_000;

    public JobProfile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(description, "description");
        responsibilities = List.copyOf(responsibilities);
        requirements = List.copyOf(requirements);
        skills = List.copyOf(skills);
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(employmentType, "employmentType");
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (skills.stream().distinct().count() != skills.size()) {
            throw new IllegalArgumentException("skills must not repeat");
        }
    }

    /** The same profile with the skills the person corrected. */
    public JobProfile withSkills(List<SkillId> corrected) {
        return new JobProfile(title, company, description, responsibilities, requirements, corrected, seniority,
                employmentType);
    }
}

package tech.jobbot.domain.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a posting says, as read from a page (schema.org JobPosting or the page's main text) or
 * from pasted HTML, before Jobbot interprets it. All text is plain (no markup).
 */
public record JobPosting(
        Optional<String> title,
        Optional<String> company,
        String description,
        List<String> responsibilities,
        List<String> qualifications,
        List<String> skills,
        Optional<String> seniority,
        Optional<String> employmentType) {

    public JobPosting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(description, "description");
        responsibilities = List.copyOf(responsibilities);
        qualifications = List.copyOf(qualifications);
        skills = List.copyOf(skills);
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(employmentType, "employmentType");
    }

    public static JobPosting ofText(String description) {
        return new JobPosting(Optional.empty(), Optional.empty(), description, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
    }
}

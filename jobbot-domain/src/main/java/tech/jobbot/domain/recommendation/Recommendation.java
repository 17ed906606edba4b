package tech.jobbot.domain.recommendation;

import java.util.List;
import java.util.Objects;

/**
 * A catalog item recommended for a job, with the gap it closes first and the reason in one line
 * (e.g. "The posting asks for SQL; none of your answers showed it").
 */
public record Recommendation(CatalogItem item, SkillGap gap, List<SkillGap> alsoCloses, String reason) {
    public Recommendation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(gap, "gap");
        alsoCloses = List.copyOf(alsoCloses);
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a recommendation says why");
        }
    }
}

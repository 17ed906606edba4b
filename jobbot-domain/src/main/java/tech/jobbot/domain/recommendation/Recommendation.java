package tech.jobbot.domain.recommendation;

import java.util.List;
import java.util.Objects;

/**
 * A catalog item recommended for a job, with the gap it was picked to close and why, in one line
 * about that gap (e.g. "The posting asks for SQL ("3+ years of SQL"); none of your answers showed it.").
 *
 * @param gap        the gap the item was picked to close; the reason speaks of this one
 * @param alsoCloses the other gaps of the job the item closes, most severe first; may be more
 *                   severe than {@code gap} when another pick already covers them
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

package tech.jobbot.domain.recommendation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's choices about recommendations: whether they may be personalised from interview
 * answers and background (else only the job is used), and the items they are not interested in.
 */
public record RecommendationSettings(boolean personalised, Set<String> dismissedItems) {
    public static final RecommendationSettings DEFAULT = new RecommendationSettings(true, Set.of());
    /** Enough for anyone's "not interested" list, small enough to keep the document small. */
    public static final int MAX_DISMISSED = 500;

    public RecommendationSettings {
        dismissedItems = Set.copyOf(Objects.requireNonNull(dismissedItems, "dismissedItems"));
        if (dismissedItems.size() > MAX_DISMISSED) {
            throw new IllegalArgumentException("at most " + MAX_DISMISSED + " dismissed items");
        }
    }

    /** Shows a dismissed item again. */
    public RecommendationSettings undismiss(String itemId) {
        Set<String> fewer = new HashSet<>(dismissedItems);
        fewer.remove(itemId);
        return new RecommendationSettings(personalised, fewer);
    }

    public RecommendationSettings dismiss(String itemId) {
        Set<String> more = new HashSet<>(dismissedItems);
        more.add(itemId);
        return new RecommendationSettings(personalised, more);
    }

    public RecommendationSettings withPersonalised(boolean on) {
        return new RecommendationSettings(on, dismissedItems);
    }
}

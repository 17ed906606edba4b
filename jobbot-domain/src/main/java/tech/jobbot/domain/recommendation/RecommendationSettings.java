package tech.jobbot.domain.recommendation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's choices about recommendations: the items they are not interested in. Whether
 * recommendations are personalised is not a setting but a consent, for the purpose
 * {@code personalization.recommendations} in the consent ledger.
 */
public record RecommendationSettings(Set<String> dismissedItems) {
    public static final RecommendationSettings DEFAULT = new RecommendationSettings(Set.of());
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
        return new RecommendationSettings(fewer);
    }

    public RecommendationSettings dismiss(String itemId) {
        Set<String> more = new HashSet<>(dismissedItems);
        more.add(itemId);
        return new RecommendationSettings(more);
    }
}

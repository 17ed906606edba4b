package tech.jobbot.domain.recommendation;

/** Rough cost: free, under 100, 100 to 1,000, over 1,000 (in the provider's currency). */
public enum PriceBand {
    FREE,
    LOW,
    MEDIUM,
    HIGH
}

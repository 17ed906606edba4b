package tech.jobbot.domain.interview;

/** Scores of one answer, each an integer 0–100. Computed by the domain only, never by a model. */
public record Scores(int overall, int relevance, int structure, int specificity, int impact, int communication) {
    public Scores {
        for (int score : new int[] {overall, relevance, structure, specificity, impact, communication}) {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("scores are 0 to 100");
            }
        }
    }
}

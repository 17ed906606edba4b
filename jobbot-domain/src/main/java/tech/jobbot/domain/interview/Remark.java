package tech.jobbot.domain.interview;

import java.util.Objects;
import java.util.Optional;

/**
 * One strength or improvement, tied to the answer: a quote of it, or the STAR part it lacks.
 *
 * @param hint a concrete rewrite suggestion
 */
public record Remark(String text, Optional<String> quote, Optional<StarPart> missingPart, String hint) {
    public Remark {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(missingPart, "missingPart");
        Objects.requireNonNull(hint, "hint");
        if (quote.isEmpty() && missingPart.isEmpty()) {
            throw new IllegalArgumentException("a remark points at a quote or a missing STAR part");
        }
    }
}

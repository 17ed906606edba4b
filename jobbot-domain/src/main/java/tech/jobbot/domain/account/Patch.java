package tech.jobbot.domain.account;

import java.util.Objects;
import java.util.Optional;

/** One field of a partial update: leave it as it is, set it, or clear it. */
public sealed interface Patch<T> {
    record Keep<T>() implements Patch<T> {}

    record Set<T>(T value) implements Patch<T> {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }

    record Clear<T>() implements Patch<T> {}

    static <T> Patch<T> keep() {
        return new Keep<>();
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Patch<T> clear() {
        return new Clear<>();
    }

    default Optional<T> applyTo(Optional<T> current) {
        return switch (this) {
            case Keep<T> k -> current;
            case Set<T> s -> Optional.of(s.value());
            case Clear<T> c -> Optional.empty();
        };
    }
}

package tech.jobbot.domain.auth;

/** What entering a code achieved. Only {@link Verified} lets the person in. */
public sealed interface CodeCheck {
    record Verified() implements CodeCheck {}

    record WrongCode(int attemptsLeft) implements CodeCheck {}

    record Expired() implements CodeCheck {}

    record TooManyAttempts() implements CodeCheck {}

    record AlreadyUsed() implements CodeCheck {}

    record UnknownFlow() implements CodeCheck {}
}

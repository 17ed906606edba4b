package tech.jobbot.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identity of an account, stable for its whole life and never derived from personal data. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

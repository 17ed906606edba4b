package tech.jobbot.server.minor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tech.jobbot.domain.minor.AgeBand;
import tech.jobbot.domain.minor.AgeDeclaration;
import tech.jobbot.server.http.JsonBody;

/**
 * The age fields of a request body, at sign-up and in {@code PUT /me/age}: {@code "birthDate"}
 * (an ISO date) or {@code "adult": true}, never both.
 */
public final class AgeFields {
    private AgeFields() {
    }

    /** The declaration in the body, if any; errors are recorded in the body for its {@code validate()}. */
    public static Optional<AgeDeclaration> read(JsonBody body, String region) {
        Optional<LocalDate> birthDate = body.optional("birthDate", 10, d -> {
            LocalDate date;
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date such as 2010-04-01");
            }
            // Checked here, before anything happens: at sign-up a bad date must not follow a spent code.
            AgeBand.of(date, LocalDate.now(ZoneOffset.UTC), 1);
            return date;
        });
        Optional<Boolean> adult = body.optionalBoolean("adult");
        if (adult.isPresent() && !adult.get()) {
            body.reject("adult", "give your date of birth if you are under 18");
            return Optional.empty();
        }
        if (birthDate.isPresent() && adult.isPresent()) {
            body.reject("adult", "give either your date of birth or \"adult\": true, not both");
            return Optional.empty();
        }
        if (birthDate.isPresent()) {
            return Optional.of(AgeDeclaration.bornOn(birthDate.get(), region));
        }
        return adult.map(a -> AgeDeclaration.adult(region));
    }
}

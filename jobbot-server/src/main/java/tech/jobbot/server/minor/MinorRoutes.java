package tech.jobbot.server.minor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.minor.AgeDeclaration;
import tech.jobbot.ports.in.minor.SuperviseMinors.AgeStatus;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.policy.PolicyRoutes;

/**
 * The age declaration and the request for a guardian's consent (policy §8), for the signed-in person.
 */
public final class MinorRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;
    private final PolicyRoutes policies;

    public MinorRoutes(Jobbot jobbot, Authenticator authenticator, PolicyRoutes policies) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
        this.policies = policies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/age", this::get)
                .put("/me/age", this::declare)
                .post("/me/guardian", this::askGuardian);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, view(jobbot.ageStatus(caller.session().account())));
    }

    /** Body: {@code {"birthDate":"2010-04-01"}}, or {@code {"adult":true}} for "18 or over". */
    private void declare(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, 1024).allowOnly(Set.of("birthDate", "adult"));
        Optional<AgeDeclaration> age = AgeFields.read(body, policies.regionOf(req, caller.session().account()));
        if (age.isEmpty()) {
            body.reject("birthDate", "give either your date of birth or \"adult\": true");
        }
        body.validate();
        try {
            jobbot.declareAge(caller.session().account(), age.get().birthDate(), age.get().region());
        } catch (UnknownAccountException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("age-already-declared", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("birthDate", e.getMessage());
        }
        Json.send(res, 200, view(jobbot.ageStatus(caller.session().account())));
    }

    /** Body: {@code {"email":"parent@example.com"}}. */
    private void askGuardian(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, 1024).allowOnly(Set.of("email"));
        EmailAddress guardian = body.required("email", 254, EmailAddress::parse);
        body.validate();
        try {
            jobbot.requestGuardianConsent(caller.session().account(), guardian);
        } catch (UnknownAccountException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("no-guardian-needed", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("email", e.getMessage());
        }
        Json.send(res, 202, Map.of("status", "asked", "detail",
                "your guardian was sent a code and a link; sensitive features wait for their answer"));
    }

    static Map<String, Object> view(AgeStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("declared", s.band().isPresent());
        s.band().ifPresent(b -> m.put("band", b.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        m.put("supervised", s.supervised());
        m.put("guardian", s.guardian().name().toLowerCase(Locale.ROOT));
        m.put("sensitiveDataAllowed", s.sensitiveDataAllowed());
        m.put("dataBeyondEmailAllowed", s.dataBeyondEmailAllowed());
        return m;
    }
}

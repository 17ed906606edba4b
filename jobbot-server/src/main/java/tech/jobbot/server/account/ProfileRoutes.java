package tech.jobbot.server.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.Language;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.account.EmailChangeResult;
import tech.jobbot.ports.out.image.ImageLimits;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Bodies;
import tech.jobbot.server.http.ClientAddress;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/** The signed-in person's profile (privacy policy §2 and §7: access and correction) and avatar. */
public final class ProfileRoutes implements HttpService {
    private static final Set<String> IMAGE_UPLOAD_TYPES = Set.of("image/png", "image/jpeg", "image/webp",
            "application/octet-stream");

    private final Jobbot jobbot;
    private final Authenticator authenticator;
    private final ClientAddress clientAddress;

    public ProfileRoutes(Jobbot jobbot, Authenticator authenticator, ClientAddress clientAddress) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
        this.clientAddress = clientAddress;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me", this::get)
                .patch("/me", this::correct)
                .post("/me/email", this::requestEmailChange)
                .post("/me/email/confirm", this::confirmEmailChange)
                .put("/me/avatar", this::uploadAvatar)
                .delete("/me/avatar", this::removeAvatar)
                .get("/avatars/{name}", this::avatar);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, view(account(caller)));
    }

    private void correct(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, AuthRoutes.MAX_JSON_BYTES)
                .allowOnly(Set.of("displayName", "country", "language"));
        ProfileCorrection correction = new ProfileCorrection(
                body.patch("displayName", 400, DisplayName::new),
                body.patch("country", 8, Country::parse),
                body.patch("language", 35, Language::parse));
        body.validate();
        Json.send(res, 200, view(jobbot.correctProfile(caller.session().account(), correction)));
    }

    private void requestEmailChange(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, AuthRoutes.MAX_JSON_BYTES).allowOnly(Set.of("email"));
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        body.validate();
        AuthRoutes.answerCodeRequest(res,
                jobbot.requestEmailChange(caller.session().account(), email, clientAddress.of(req)));
    }

    private void confirmEmailChange(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, AuthRoutes.MAX_JSON_BYTES).allowOnly(Set.of("flowId", "email", "code"));
        FlowId flowId = body.required("flowId", 64, FlowId::new);
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        SignInCode code = body.required("code", 16, raw -> new SignInCode(raw.strip()));
        body.validate();
        switch (jobbot.confirmEmailChange(caller.session().account(), flowId, email, code)) {
            case EmailChangeResult.Changed changed -> Json.send(res, 200, view(changed.account()));
            case EmailChangeResult.Refused refused -> throw AuthRoutes.codeRefused(refused.reason());
            case EmailChangeResult.AddressTaken taken -> throw ProblemException.conflict("email-taken",
                    "another account uses this address");
        }
    }

    private void uploadAvatar(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        String type = req.headers().contentType().map(t -> t.mediaType().text().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
        if (!IMAGE_UPLOAD_TYPES.contains(type)) {
            throw ProblemException.unsupportedMediaType("send the image as image/png or image/jpeg");
        }
        byte[] image = Bodies.read(req, ImageLimits.AVATAR.maxBytes());
        switch (jobbot.uploadAvatar(caller.session().account(), image)) {
            case AvatarUpload.Stored stored -> Json.send(res, 200, view(account(caller)));
            case AvatarUpload.Rejected rejected -> throw switch (rejected.reason()) {
                case TOO_LARGE -> ProblemException.tooLarge(ImageLimits.AVATAR.maxBytes());
                case TOO_MANY_PIXELS -> ProblemException.invalid("avatar", rejected.detail());
                case UNSUPPORTED_TYPE -> ProblemException.unsupportedMediaType(
                        "the content is not a PNG or JPEG image (" + rejected.detail() + ")");
            };
        }
    }

    private void removeAvatar(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        if (!jobbot.removeAvatar(caller.session().account())) {
            throw ProblemException.notFound("there is no avatar to remove");
        }
        res.status(204).send();
    }

    private void avatar(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        String name = req.path().pathParameters().get("name");
        var image = jobbot.avatar(caller.session().account(), name)
                .orElseThrow(() -> ProblemException.notFound("no such avatar"));
        res.header(HeaderNames.CONTENT_TYPE, image.mediaType());
        res.header(HeaderNames.CACHE_CONTROL, "private, max-age=3600");
        res.send(image.bytes());
    }

    private Account account(Caller caller) {
        return jobbot.profile(caller.session().account())
                .orElseThrow(() -> new UnknownAccountException(caller.session().account()));
    }

    static Map<String, Object> view(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("email", a.email().map(EmailAddress::value).orElse(null));
        m.put("displayName", a.displayName().map(DisplayName::value).orElse(null));
        m.put("country", a.country().map(Country::code).orElse(null));
        m.put("language", a.language().map(Language::tag).orElse(null));
        m.put("avatarUrl", a.avatar().map(av -> "/api/v1/avatars/" + av.name()).orElse(null));
        m.put("createdAt", a.createdAt());
        m.put("updatedAt", a.updatedAt());
        return m;
    }
}

package tech.jobbot.server.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.http.ServerRequest;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.staff.StaffForbiddenException;
import tech.jobbot.sdk.staff.StaffService;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.ProblemException;

/**
 * Who is calling the admin and staff API: a staff member signed in with their second factor
 * ({@code Authorization: Bearer jbs_…}), whose roles must fit the operation, or the operator's
 * automation key ({@code Authorization: Bearer <token>}) checked against the SHA-256 digest from
 * the configuration, so the token itself is never stored. The operator key reads no one's data:
 * every admin operation it may call writes, notifies or shows records without their content.
 */
public final class AdminAuthenticator {
    private final Optional<byte[]> tokenDigest;
    private final StaffService staff;

    /** @param tokenSha256Hex the hex SHA-256 of the operator's token; without it only staff sign in */
    public AdminAuthenticator(Optional<String> tokenSha256Hex, StaffService staff) {
        this.staff = staff;
        this.tokenDigest = tokenSha256Hex.map(hex -> {
            byte[] digest;
            try {
                digest = HexFormat.of().parseHex(hex.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("admin.token-sha256 must be the hex SHA-256 of the admin token");
            }
            if (digest.length != 32) {
                throw new IllegalArgumentException("admin.token-sha256 must be 64 hex digits (a SHA-256)");
            }
            return digest;
        });
    }

    /** Who acted. */
    public sealed interface Actor {
        String name();

        /** Records an action of this actor on a person, for the person (their staff-access list) and the audit log. */
        void recordAction(Jobbot jobbot, AccountId person, String action);

        /** The operator's automation key. */
        record Operator() implements Actor {
            @Override
            public String name() {
                return AdminRoutes.OPERATOR;
            }

            @Override
            public void recordAction(Jobbot jobbot, AccountId person, String action) {
                jobbot.recordStaffAccess(person, name(), action);
            }
        }

        /** A signed-in staff member. */
        record Staff(StaffService.StaffPrincipal principal) implements Actor {
            @Override
            public String name() {
                return principal.member().describe();
            }

            @Override
            public void recordAction(Jobbot jobbot, AccountId person, String action) {
                jobbot.staff().recordAction(principal.member(), person, action, Optional.empty());
            }
        }
    }

    /**
     * The caller, if they are the operator or a staff member with one of {@code roles}.
     *
     * @throws ProblemException 401 without valid credentials, 403 (audited) when the roles do not fit,
     *         404 when the caller is no staff member and no operator key is configured
     */
    public Actor require(ServerRequest req, StaffRole... roles) {
        String token = Authenticator.bearerToken(req).orElse("");
        if (token.startsWith(StaffService.TOKEN_PREFIX)) {
            StaffService.StaffPrincipal principal = staff(req);
            try {
                staff.requireAnyRole(principal.member(), Set.of(roles), AccessRecord.method(
                        req.prologue().method().text()) + " " + AccessRecord.template(req.path().path()));
            } catch (StaffForbiddenException e) {
                throw ProblemException.forbidden("role-required", e.getMessage());
            }
            return new Actor.Staff(principal);
        }
        if (tokenDigest.isEmpty()) {
            throw ProblemException.notFound("no resource " + req.prologue().method().text() + " " + req.path().path());
        }
        if (!MessageDigest.isEqual(tokenDigest.get(), sha256(token))) {
            throw unauthorized();
        }
        return new Actor.Operator();
    }

    /**
     * The signed-in staff member (any role).
     *
     * @throws ProblemException 401 without a live staff session
     */
    public StaffService.StaffPrincipal staff(ServerRequest req) {
        String token = Authenticator.bearerToken(req).orElse("");
        return staff.authenticate(token).orElseThrow(AdminAuthenticator::unauthorized);
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized",
                "this API needs a staff session (sign in at /api/v1/staff/auth/sessions) or the operator's token: "
                        + "Authorization: Bearer <token>", List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"jobbot-staff\""));
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package tech.jobbot.server.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import tech.jobbot.server.http.ProblemException;

/**
 * The operator's key to the admin API: {@code Authorization: Bearer <token>}, checked against the
 * SHA-256 digest of the token from the configuration, so the token itself is never stored. With
 * no digest configured the admin API does not exist (404). Staff accounts with roles replace
 * this single operator key in a later step; until then it is one secret held by the operator.
 */
public final class AdminAuthenticator {
    private final Optional<byte[]> tokenDigest;

    /** @param tokenSha256Hex the hex SHA-256 of the operator's token */
    public AdminAuthenticator(Optional<String> tokenSha256Hex) {
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

    public void require(ServerRequest req) {
        if (tokenDigest.isEmpty()) {
            throw ProblemException.notFound("no resource " + req.prologue().method().text() + " " + req.path().path());
        }
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !MessageDigest.isEqual(tokenDigest.get(), sha256(header.substring(7).strip()))) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "the admin API needs the operator's token: Authorization: Bearer <token>", java.util.List.of(),
                    Map.of("WWW-Authenticate", "Bearer realm=\"jobbot-admin\""));
        }
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

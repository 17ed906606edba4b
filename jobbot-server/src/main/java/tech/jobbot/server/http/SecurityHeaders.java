package tech.jobbot.server.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Security headers on every answer: no framing, no sniffing, no referrer, scripts only from us. */
public final class SecurityHeaders implements Filter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.header("Content-Security-Policy", CSP);
        res.header("X-Content-Type-Options", "nosniff");
        res.header("Referrer-Policy", "no-referrer");
        res.header("X-Frame-Options", "DENY");
        res.header("Cross-Origin-Opener-Policy", "same-origin");
        res.header("Cross-Origin-Resource-Policy", "same-origin");
        res.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (req.path().path().startsWith("/api/")) {
            res.header("Cache-Control", "no-store");
        }
        if (req.isSecure()) {
            res.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.proceed();
    }
}

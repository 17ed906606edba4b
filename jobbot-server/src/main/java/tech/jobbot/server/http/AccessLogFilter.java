package tech.jobbot.server.http;

import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.sdk.Jobbot;

/**
 * Logs every request after it is answered (policy §2, §3): method, path template, status, latency,
 * the signed-in person's pseudonym, a truncated client address and the device. The record is queued,
 * never written on the request path.
 */
public final class AccessLogFilter implements Filter {
    private final Jobbot jobbot;
    private final ClientAddress clientAddress;

    public AccessLogFilter(Jobbot jobbot, ClientAddress clientAddress) {
        this.jobbot = jobbot;
        this.clientAddress = clientAddress;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            Optional<AccountId> person = req.context().get(AccountId.class);
            int status = res.status().code();
            // A path nothing answered may be anything a visitor typed: only that it was not found is kept.
            String path = status == 404 ? "/not-found" : req.path().absolute().path();
            jobbot.logAccess(req.prologue().method().text(), path, status, (System.nanoTime() - start) / 1_000, person,
                    clientAddress.ipOf(req), req.headers().first(HeaderNames.USER_AGENT));
        }
    }
}

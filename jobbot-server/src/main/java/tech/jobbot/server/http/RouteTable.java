package tech.jobbot.server.http;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * The API's routes as registered ({@code GET /api/v1/jobs/{id}}), recorded while the services
 * set up their routing: what the OpenAPI document is checked against, and what the security tests
 * walk. A service registered through {@link #recorded} keeps its routing exactly; the table only
 * watches.
 */
public final class RouteTable {
    private final Set<String> routes = new ConcurrentSkipListSet<>();

    /** The service, registered under {@code prefix}, with its routes recorded here. */
    public HttpService recorded(String prefix, HttpService service) {
        return rules -> service.routing(new Recording(rules, prefix));
    }

    /** Records a route registered directly on the routing. */
    public void add(String method, String path) {
        routes.add(method + " " + path);
    }

    /** Every route, sorted: {@code "DELETE /api/v1/jobs/{id}"}. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    private final class Recording implements HttpRules {
        private final HttpRules rules;
        private final String prefix;

        Recording(HttpRules rules, String prefix) {
            this.rules = rules;
            this.prefix = prefix;
        }

        private HttpRules record(String method, String path) {
            add(method, prefix + path);
            return this;
        }

        @Override
        public HttpRules register(HttpService... services) {
            rules.register(services);
            return this;
        }

        @Override
        public HttpRules register(String pathPattern, HttpService... services) {
            rules.register(pathPattern, services);
            return this;
        }

        @Override
        public HttpRules route(HttpRoute route) {
            rules.route(route);
            return this;
        }

        @Override
        public HttpRules get(String pathPattern, Handler... handlers) {
            rules.get(pathPattern, handlers);
            return record("GET", pathPattern);
        }

        @Override
        public HttpRules post(String pathPattern, Handler... handlers) {
            rules.post(pathPattern, handlers);
            return record("POST", pathPattern);
        }

        @Override
        public HttpRules put(String pathPattern, Handler... handlers) {
            rules.put(pathPattern, handlers);
            return record("PUT", pathPattern);
        }

        @Override
        public HttpRules delete(String pathPattern, Handler... handlers) {
            rules.delete(pathPattern, handlers);
            return record("DELETE", pathPattern);
        }

        @Override
        public HttpRules patch(String pathPattern, Handler... handlers) {
            rules.patch(pathPattern, handlers);
            return record("PATCH", pathPattern);
        }

        @Override
        public HttpRules any(String pathPattern, Handler... handlers) {
            rules.any(pathPattern, handlers);
            return record("ANY", pathPattern);
        }

        @Override
        public HttpRules route(io.helidon.http.Method method, String pathPattern, Handler handler) {
            rules.route(method, pathPattern, handler);
            return record(method.text(), pathPattern);
        }

        @Override
        public HttpRules head(String pathPattern, Handler... handlers) {
            rules.head(pathPattern, handlers);
            return record("HEAD", pathPattern);
        }

        @Override
        public HttpRules options(String pathPattern, Handler... handlers) {
            rules.options(pathPattern, handlers);
            return record("OPTIONS", pathPattern);
        }
    }
}

package tech.jobbot.server.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.admin.AdminRoutes;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Json;

/** "Who looked at my data and why": every staff access to the signed-in person's data, newest first. */
public final class StaffAccessRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public StaffAccessRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/staff-accesses", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Authenticator.Caller caller = authenticator.require(req);
        List<Map<String, Object>> accesses = jobbot.staffAccesses(caller.session().account()).reversed().stream()
                .map(a -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("who", a.actor());
                    v.put("what", a.action());
                    v.put("category", a.category().orElse(null));
                    v.put("why", a.caseRef().orElse(a.actor().equals(AdminRoutes.OPERATOR)
                            ? "an operator action through the admin API" : "a staff action that read none of your data"));
                    v.put("at", a.at());
                    return v;
                }).toList();
        Json.send(res, 200, Map.of("accesses", accesses));
    }
}

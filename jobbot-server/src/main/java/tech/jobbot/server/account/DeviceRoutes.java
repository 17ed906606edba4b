package tech.jobbot.server.account;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Json;

/**
 * My devices and recent activity (policy §2, §3: device and log data are the person's too): the
 * devices signed in from, and the latest requests from the access log as it keeps them (written
 * every second, so the request that asks is not in it yet).
 */
public final class DeviceRoutes implements HttpService {
    private static final int RECENT = 50;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public DeviceRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/devices", this::devices);
    }

    private void devices(ServerRequest req, ServerResponse res) {
        AccountId me = authenticator.require(req).session().account();
        Json.send(res, 200, Map.of(
                "devices", jobbot.knownDevices(me).stream()
                        .sorted(Comparator.comparing(Device::toString))
                        .map(d -> Map.of("browser", d.browser(), "operatingSystem", d.operatingSystem())).toList(),
                "recentActivity", jobbot.recentAccess(me, RECENT).stream().map(r -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("at", r.at());
                    v.put("method", r.method());
                    v.put("path", r.pathTemplate());
                    v.put("status", r.status());
                    v.put("browser", r.browser());
                    v.put("operatingSystem", r.operatingSystem());
                    v.put("deviceType", r.deviceType());
                    v.put("network", r.truncatedIp().orElse(null));
                    return v;
                }).toList()));
    }
}

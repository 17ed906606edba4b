package tech.jobbot.server.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * The OpenAPI document served at /openapi describes exactly the routes the server registers, is a
 * valid OpenAPI 3.1 document by a third-party parser, and real answers match its schemas.
 */
class OpenApiTest {
    @TempDir
    Path dataDir;
    TestServer server;
    JsonNode document;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(dataDir);
        TestServer.Response served = server.get("/openapi");
        assertEquals(200, served.status());
        document = new ObjectMapper().readTree(served.text());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_exists() throws Exception {
        Set<String> registered = new TreeSet<>(server.server.routeTable());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "routes.txt"), registered);
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertTrue(registered.size() >= 100, "the route table is recorded: " + registered.size());
        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> phantom = new TreeSet<>(documented);
        phantom.removeAll(registered);
        assertEquals(Set.of(), undocumented, "registered but not in /openapi");
        assertEquals(Set.of(), phantom, "in /openapi but not registered");
    }

    @Test
    void the_document_is_valid_openapi_3_1_for_a_third_party_parser() {
        assertEquals("3.1.0", document.get("openapi").asText());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.toString(), null, options);
        assertTrue(parsed.getOpenAPI() != null, "parsed: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "no validation messages");
    }

    @Test
    void real_answers_match_the_documented_schemas() {
        SignedIn ada = server.signIn("ada.openapi@example.com");
        String job = server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization", ada.bearer()).json()
                .get("id").asText();
        List<String> failures = new ArrayList<>();
        check(failures, "/api/v1/me", "get", "200", server.get("/api/v1/me", "Authorization", ada.bearer()).json());
        check(failures, "/api/v1/jobs/{id}", "get", "200", server.get("/api/v1/jobs/" + job, "Authorization", ada.bearer())
                .json());
        check(failures, "/api/v1/jobs", "get", "200", server.get("/api/v1/jobs", "Authorization", ada.bearer()).json());
        check(failures, "/api/v1/me/consents", "get", "200", server.get("/api/v1/me/consents", "Authorization",
                ada.bearer()).json());
        check(failures, "/api/v1/interviews", "post", "201", server.post("/api/v1/interviews", "{\"jobId\":\"" + job + "\"}",
                "Authorization", ada.bearer()).json());
        check(failures, "/api/v1/jobs", "post", "400", server.post("/api/v1/jobs", "{\"nonsense\":1}", "Authorization",
                ada.bearer()).json());
        check(failures, "/api/v1/me", "get", "401", server.get("/api/v1/me").json());
        assertEquals(List.of(), failures);
    }

    private void check(List<String> failures, String path, String method, String status, JsonNode answer) {
        JsonNode response = document.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/" + status);
        assertTrue(!response.isMissingNode(), method + " " + path + " documents " + status);
        JsonNode schema = response.at("/content/application~1json/schema");
        if (schema.isMissingNode()) {
            schema = response.at("/content/application~1problem+json/schema");
        }
        assertTrue(!schema.isMissingNode(), method + " " + path + " " + status + " has a schema");
        ObjectNode full = ((ObjectNode) schema.deepCopy());
        full.set("components", document.get("components"));
        String text = full.toString().replace("#/components/schemas/", "#/components/schemas/");
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
        Set<ValidationMessage> errors = validator.validate(answer);
        if (!errors.isEmpty()) {
            failures.add(method + " " + path + " " + status + ": " + errors + " in " + answer);
        }
    }
}

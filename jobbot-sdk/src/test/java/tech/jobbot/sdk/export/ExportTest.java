package tech.jobbot.sdk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;
import tech.jobbot.sdk.account.UnknownAccountException;

/** The export (policy §7): after a full journey, everything appears, and the document follows its schema. */
class ExportTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS,
            Optional.of("203.0.113.7"), Optional.of(JobbotHarness.FIREFOX_ON_LINUX));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("ada.export@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static JsonSchema schema() throws IOException {
        String schema = Files.readString(Path.of("..", "docs", "export-schema.json"), StandardCharsets.UTF_8);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private JsonNode export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.jobbot.exportData(me, out);
        return JSON.readTree(out.toByteArray());
    }

    private static byte[] png() {
        return JobbotHarness.png(12, 12, Color.GREEN);
    }

    @Test
    void after_a_full_journey_every_item_is_in_the_export_and_it_follows_the_documented_schema()
            throws IOException {
        h.jobbot.correctProfile(me, new ProfileCorrection(Patch.set(new DisplayName("Ada Lovelace")),
                Patch.set(Country.parse("GB")), Patch.keep()));
        assertInstanceOf(AvatarUpload.Stored.class, h.jobbot.uploadAvatar(me, png()));
        h.jobbot.replaceBackground(me, new Background(Optional.of(6), List.of("Analyst at Contoso"), List.of(),
                List.of("BSc Mathematics")));
        Interview first = h.finishedInterview(me, "Data Analyst");
        Interview second = h.finishedInterview(me, "Registered Nurse");
        h.jobbot.changeConsents(me, Map.of(PurposeKey.MARKETING_EMAIL, true, PurposeKey.ANALYTICS_USAGE, true),
                SETTINGS);
        h.jobbot.recordPageView(Optional.of(me), "/interviews/" + first.id().value(), Duration.ofSeconds(9), false,
                false);
        var share = h.jobbot.shareReport(me, first.id(), "Acme Recruiting", Duration.ofDays(7), SETTINGS);
        h.jobbot.openShare(share.token()).orElseThrow();
        h.jobbot.postMessage(me, MessageKind.COMPLAINT_REPLY, "About your complaint", "We corrected it.");
        h.jobbot.fileRequest(me, RequestKind.COMPLAINT, "My complaint", "The feedback was unfair.");
        h.jobbot.recordStaffAccess(me, "support agent 7", "read the complaint to answer it");

        JsonNode export = export();
        Set<ValidationMessage> problems = schema().validate(export);
        assertEquals(Set.of(), problems, "the export follows docs/export-schema.json");

        assertEquals("jobbot-export", export.get("format").asText());
        assertEquals("ada.export@example.com", export.at("/account/email").asText());
        assertEquals("Ada Lovelace", export.at("/account/displayName").asText());
        assertEquals("GB", export.at("/account/country").asText());
        assertTrue(Base64.getDecoder().decode(export.at("/account/avatar/base64").asText()).length > 0,
                "the photo itself");
        assertEquals("adult", export.at("/age/band").asText().toLowerCase());
        assertEquals(6, export.at("/background/yearsOfExperience").asInt());
        assertEquals(2, export.get("jobs").size());
        assertEquals(2, export.get("interviews").size());
        String interviews = export.get("interviews").toString();
        assertTrue(interviews.contains("I planned the work, wrote the queries"), "answers are in it");
        assertTrue(interviews.contains(second.id().value().toString()));
        assertTrue(export.at("/interviews/0/report").isObject(), "with the report");
        assertTrue(export.at("/consents/history").size() >= 3, "sign-up acknowledgement and the grants");
        assertEquals("KI-CR-v1.1.0", export.at("/consents/history/1/receipt/version").asText());
        assertEquals(1, export.get("policyAcknowledgements").size());
        assertEquals(1, export.get("sessions").size());
        assertEquals("Firefox", export.at("/sessions/0/browser").asText());
        assertEquals("About your complaint", export.at("/messages/0/subject").asText());
        assertEquals("Acme Recruiting", export.at("/shares/0/recipient").asText());
        assertEquals("Acme Recruiting", export.at("/disclosures/0/recipient").asText());
        assertEquals("/interviews/:id", export.at("/pageViews/0/page").asText());
        assertEquals("The feedback was unfair.", export.at("/requests/0/body").asText());
        assertEquals("support agent 7", export.at("/staffAccesses/0/actor").asText());
        assertEquals(List.of("displayName", "country", "avatar", "background"),
                export.get("corrections").findValues("field").stream().map(JsonNode::asText).toList(),
                "every correction, in order");
        assertTrue(export.toString().indexOf("tokenDigest") < 0, "no digest of any token");
    }

    @Test
    void an_empty_account_exports_too_and_an_unknown_one_is_refused() throws IOException {
        JsonNode export = export();
        assertEquals(Set.of(), schema().validate(export));
        assertEquals(0, export.get("interviews").size());
        ((com.fasterxml.jackson.databind.node.ObjectNode) export).remove("disclosures");
        assertEquals(1, schema().validate(export).size(), "the schema does catch a missing section");
        assertThrows(UnknownAccountException.class, () -> h.jobbot.exportData(new AccountId(UUID.randomUUID()),
                new ByteArrayOutputStream()));
    }
}

package tech.jobbot.sdk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.staff.DataCategory;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.ports.in.account.ManageAvatar.AvatarImage;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.sdk.consent.ConsentReceipts;

/**
 * Everything Jobbot holds about a person (policy §7, right of access), as one JSON document in
 * the documented format {@code jobbot-export} version {@link #VERSION} (schema:
 * {@code docs/export-schema.json}). Written as a stream: interviews, the bulk of a large account,
 * are read and written one at a time, so memory stays flat whatever the account's size.
 *
 * <p>Domain values are written by their components; a value type of one component named
 * {@code value} (ids, email addresses, names) is written as that value.
 */
public final class ExportService {
    public static final int VERSION = 1;

    private final ExportSources sources;
    private final Clock clock;
    private final ObjectMapper mapper;

    public ExportService(ExportSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule().setSerializerModifier(new SingleValueRecords()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    /**
     * Writes the person's export to {@code out} (not closed).
     *
     * @throws tech.jobbot.sdk.account.UnknownAccountException if there is no such account
     */
    public void export(AccountId person, OutputStream out) {
        Account account = sources.account(person);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "jobbot-export");
            json.writeNumberField("version", VERSION);
            json.writeObjectField("generatedAt", clock.instant());
            json.writeObjectField("account", account(account));
            json.writeObjectField("age", sources.age(person));
            json.writeObjectField("background", sources.background(person));
            json.writeObjectField("recommendationSettings", sources.recommendationSettings(person));
            json.writeFieldName("jobs");
            json.writeObject(sources.jobs(person));
            json.writeFieldName("interviews");
            interviews(person, json);
            List<ConsentRecord> history = sources.consentHistory(person);
            json.writeFieldName("consents");
            consents(person, history, json);
            json.writeObjectField("policyAcknowledgements", history.stream()
                    .filter(r -> r.choice() == ConsentChoice.ACKNOWLEDGED).toList());
            json.writeObjectField("sessions", sources.sessions(person));
            json.writeObjectField("messages", sources.messages(person));
            json.writeObjectField("shares", sources.shares(person));
            json.writeObjectField("disclosures", sources.disclosures(person));
            json.writeObjectField("pageViews", sources.pageViews(person));
            json.writeObjectField("requests", sources.requests(person));
            json.writeObjectField("legalHolds", sources.legalHolds(person));
            json.writeObjectField("corrections", sources.corrections(person));
            json.writeObjectField("staffAccesses", sources.staffAccesses(person));
            json.writeObjectField("notes", List.of(
                    "Jobbot keeps no request log about you beyond your sessions (device summary and times).",
                    "Sign-in codes and link tokens are kept only as keyed digests, so they cannot be exported.",
                    "A minor's date of birth is not kept: only the age band and the months of coming of age."));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one category of the person's data, as the export has it, for a staff member reading
     * through a case: {@code {"category":"requests","data":[...]}}; the requests only the one named
     * in {@code onlyRequest} when given.
     *
     * @throws tech.jobbot.sdk.account.UnknownAccountException if there is no such account
     */
    public void section(AccountId person, DataCategory category, Optional<UUID> onlyRequest, OutputStream out) {
        Account account = sources.account(person);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("category", category.wire());
            json.writeFieldName("data");
            switch (category) {
                case PROFILE -> json.writeObject(Map.of("account", account(account), "age", sources.age(person)));
                case BACKGROUND -> json.writeObject(sources.background(person));
                case JOBS -> json.writeObject(sources.jobs(person));
                case INTERVIEWS -> interviews(person, json);
                case CONSENTS -> consents(person, sources.consentHistory(person), json);
                case SESSIONS -> json.writeObject(sources.sessions(person));
                case REQUESTS -> json.writeObject(sources.requests(person).stream()
                        .filter(r -> onlyRequest.map(r.id()::equals).orElse(true)).toList());
                case INBOX -> json.writeObject(sources.messages(person));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void interviews(AccountId person, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (InterviewId id : sources.interviewIds(person)) {
            // One at a time: an account with many interviews is never held in memory whole.
            sources.interview(person, id).ifPresent(interview -> write(json, interview));
            json.flush();
        }
        json.writeEndArray();
    }

    private void consents(AccountId person, List<ConsentRecord> history, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("current");
        for (PurposeConsent c : sources.consents(person)) {
            json.writeObject(Map.of("purpose", c.purpose().key().value(), "legalBasis",
                    c.purpose().legalBasis().name(), "state", c.state().getClass().getSimpleName()));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("history");
        for (ConsentRecord r : history) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("record", r);
            entry.put("receipt", ConsentReceipts.of(r));
            json.writeObject(entry);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void write(JsonGenerator json, Object value) {
        try {
            json.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().value().toString());
        m.put("email", a.email().map(e -> e.value()).orElse(null));
        m.put("externalSubject", a.externalSubject().map(s -> s.value()).orElse(null));
        m.put("displayName", a.displayName().map(n -> n.value()).orElse(null));
        m.put("country", a.country().map(c -> c.code()).orElse(null));
        m.put("language", a.language().map(l -> l.tag()).orElse(null));
        Optional<AvatarImage> avatar = a.avatar().flatMap(av -> sources.avatar(a.id(), av.name()));
        m.put("avatar", avatar.map(img -> Map.of("mediaType", img.mediaType(), "base64",
                Base64.getEncoder().encodeToString(img.bytes()))).orElse(null));
        m.put("createdAt", a.createdAt());
        m.put("updatedAt", a.updatedAt());
        return m;
    }

    /** Writes a record of one component named {@code value} (an id, an address, a name) as that value. */
    private static final class SingleValueRecords extends BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                JsonSerializer<?> serializer) {
            Class<?> type = description.getBeanClass();
            if (type.isRecord() && type.getRecordComponents().length == 1
                    && type.getRecordComponents()[0].getName().equals("value")) {
                return new ValueSerializer(type.getRecordComponents()[0]);
            }
            return serializer;
        }
    }

    private static final class ValueSerializer extends StdSerializer<Object> {
        private final transient RecordComponent component;

        ValueSerializer(RecordComponent component) {
            super(Object.class);
            this.component = component;
        }

        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            try {
                provider.defaultSerializeValue(component.getAccessor().invoke(value), json);
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot read " + component, e);
            }
        }
    }
}

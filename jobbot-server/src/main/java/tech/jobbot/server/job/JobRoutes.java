package tech.jobbot.server.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/** Job intake (privacy policy §2: title, link or description) and the person's jobs. */
public final class JobRoutes implements HttpService {
    /** A pasted description may be 50,000 characters of HTML-heavy text; JSON escaping can double it. */
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public JobRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/jobs", this::create)
                .get("/jobs", this::list)
                .get("/jobs/{id}", this::get)
                .delete("/jobs/{id}", this::delete)
                .put("/jobs/{id}/skills", this::correctSkills)
                .get("/skills", this::searchSkills);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("title", "description", "link"));
        Optional<String> title = body.optional("title", JobProfile.MAX_TITLE, t -> t);
        Optional<String> description = body.optional("description", JobProfile.MAX_DESCRIPTION, d -> d);
        Optional<URI> link = body.optional("link", 2048, JobRoutes::link);
        body.validate();
        JobRequest request;
        try {
            request = new JobRequest(title, description, link);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("job", e.getMessage());
        }
        switch (jobbot.createJob(caller.session().account(), request)) {
            case JobCreation.Created created -> {
                res.header(HeaderNames.LOCATION, "/api/v1/jobs/" + created.job().id());
                Json.send(res, 201, view(created.job(), jobbot.skillTaxonomy()));
            }
            case JobCreation.LinkRefused refused -> throw ProblemException.badRequest("link-refused",
                    "Link refused", refused.reason());
            case JobCreation.LinkUnreadable unreadable -> throw new ProblemException(422, "link-unreadable",
                    "Link unreadable", unreadable.reason(), List.of(), Map.of());
            case JobCreation.LinkLimited limited -> throw ProblemException.tooManyRequests(
                    limited.retryAfter().toSeconds(), "too many job links fetched this hour; paste the description "
                            + "instead or try again in " + limited.retryAfter().toSeconds() + " seconds");
        }
    }

    private static URI link(String text) {
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http or https link");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid link");
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        SkillTaxonomy taxonomy = jobbot.skillTaxonomy();
        Json.send(res, 200, Map.of("jobs", jobbot.jobs(caller.session().account()).stream()
                .map(j -> view(j, taxonomy)).toList()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Job job = jobbot.job(caller.session().account(), id(req))
                .orElseThrow(() -> ProblemException.notFound("no such job of yours"));
        Json.send(res, 200, view(job, jobbot.skillTaxonomy()));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        if (!jobbot.deleteJob(caller.session().account(), id(req))) {
            throw ProblemException.notFound("no such job of yours");
        }
        res.status(204).send();
    }

    /** Body: {@code {"skills":["sql","python"]}}: the skills the job really asks for, as the person sees it. */
    private void correctSkills(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JobId id = id(req);
        JsonBody body = Json.readObject(req, 16 * 1024).allowOnly(java.util.Set.of("skills"));
        List<String> raw = body.stringList("skills", tech.jobbot.domain.job.JobProfile.MAX_SKILLS, 60);
        List<SkillId> ids = new java.util.ArrayList<>();
        for (String r : raw) {
            try {
                ids.add(new SkillId(r.strip()));
            } catch (IllegalArgumentException e) {
                body.reject("skills", "'" + r + "' is not a skill id");
            }
        }
        body.validate();
        try {
            Job fixed = jobbot.correctSkills(caller.session().account(), id, ids)
                    .orElseThrow(() -> ProblemException.notFound("no such job of yours"));
            Json.send(res, 200, view(fixed, jobbot.skillTaxonomy()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("skills", e.getMessage());
        }
    }

    /** {@code GET /skills?q=pyth}: up to 10 skills of the taxonomy whose name or alias contains the text. */
    private void searchSkills(ServerRequest req, ServerResponse res) {
        authenticator.require(req);
        String q = req.query().first("q").orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty() || q.length() > 60) {
            throw ProblemException.invalid("q", "give 1 to 60 characters to search for");
        }
        SkillTaxonomy taxonomy = jobbot.skillTaxonomy();
        List<Map<String, String>> found = taxonomy.skills().stream()
                .filter(s -> s.name().toLowerCase(java.util.Locale.ROOT).contains(q)
                        || s.aliases().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains(q)))
                .sorted(java.util.Comparator.comparing((tech.jobbot.domain.job.Skill s) ->
                        !s.name().toLowerCase(java.util.Locale.ROOT).startsWith(q)).thenComparing(s -> s.name()))
                .limit(10)
                .map(s -> Map.of("id", s.id().value(), "name", s.name())).toList();
        Json.send(res, 200, Map.of("skills", found));
    }

    private static JobId id(ServerRequest req) {
        try {
            return JobId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such job of yours");
        }
    }

    public static Map<String, Object> view(Job job, SkillTaxonomy taxonomy) {
        JobProfile p = job.profile();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id().toString());
        m.put("source", job.source().name().toLowerCase(java.util.Locale.ROOT));
        m.put("link", job.link().orElse(null));
        m.put("title", p.title());
        m.put("company", p.company().orElse(null));
        m.put("description", p.description());
        m.put("responsibilities", p.responsibilities());
        m.put("requirements", p.requirements());
        m.put("skills", skills(p.skills(), taxonomy));
        m.put("seniority", p.seniority().name().toLowerCase(java.util.Locale.ROOT));
        m.put("employmentType", p.employmentType().orElse(null));
        m.put("createdAt", job.createdAt());
        return m;
    }

    public static List<Map<String, String>> skills(List<SkillId> ids, SkillTaxonomy taxonomy) {
        return ids.stream().map(id -> Map.of("id", id.value(),
                "name", taxonomy.find(id).map(s -> s.name()).orElse(id.value()))).toList();
    }
}

package tech.jobbot.server.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.domain.recommendation.GapSource;
import tech.jobbot.domain.recommendation.Recommendation;
import tech.jobbot.domain.recommendation.RecommendationRanker;
import tech.jobbot.domain.recommendation.RecommendationSettings;
import tech.jobbot.domain.recommendation.SkillGap;
import tech.jobbot.ports.in.recommendation.RecommendationOutcome;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.job.JobRoutes;

/**
 * Skill service recommendations (privacy policy §3), the person's choices about them, and their
 * background (§3 "personal background you provide"; §7 access, correction, deletion).
 */
public final class RecommendationRoutes implements HttpService {
    private static final int MAX_BODY_BYTES = 32 * 1024;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public RecommendationRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/recommendations", this::recommend)
                .post("/recommendations/dismissals", this::dismiss)
                .delete("/recommendations/dismissals/{itemId}", this::undismiss)
                .get("/me/recommendation-settings", this::settings)
                .get("/me/background", this::background)
                .put("/me/background", this::replaceBackground)
                .delete("/me/background", this::deleteBackground);
    }

    private void recommend(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        String rawJob = req.query().first("jobId").orElseThrow(
                () -> ProblemException.invalid("jobId", "is required (?jobId=...)"));
        JobId jobId;
        try {
            jobId = JobId.parse(rawJob);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("jobId", "is not a job id");
        }
        int max = req.query().first("max").map(m -> {
            try {
                int n = Integer.parseInt(m);
                if (n < 1 || n > RecommendationRanker.MAX) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("max", "must be a whole number from 1 to " + RecommendationRanker.MAX);
            }
        }).orElse(RecommendationRanker.DEFAULT_MAX);
        switch (jobbot.recommendations(caller.session().account(), jobId, max)) {
            case RecommendationOutcome.JobNotFound nf -> throw ProblemException.notFound("no such job of yours");
            case RecommendationOutcome.Recommended r -> {
                SkillTaxonomy taxonomy = jobbot.skillTaxonomy();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("jobId", jobId.toString());
                m.put("personalised", r.personalised());
                m.put("recommendations", r.recommendations().stream().map(x -> view(x, taxonomy)).toList());
                m.put("gaps", r.gaps().stream().map(g -> gap(g, taxonomy)).toList());
                Json.send(res, 200, m);
            }
        }
    }

    private static Map<String, Object> view(Recommendation r, SkillTaxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", item(r.item(), taxonomy));
        m.put("reason", r.reason());
        m.put("gap", gap(r.gap(), taxonomy));
        m.put("alsoCloses", r.alsoCloses().stream().map(g -> gap(g, taxonomy)).toList());
        return m;
    }

    private static Map<String, Object> item(CatalogItem i, SkillTaxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("title", i.title());
        m.put("type", lower(i.type().name()));
        m.put("skills", JobRoutes.skills(i.skills(), taxonomy));
        m.put("level", lower(i.level().name()));
        m.put("format", lower(i.format().name()));
        m.put("duration", i.duration());
        m.put("price", lower(i.price().name()));
        m.put("provider", i.provider());
        m.put("url", i.url().orElse(null));
        return m;
    }

    private static Map<String, Object> gap(SkillGap g, SkillTaxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skill", JobRoutes.skills(List.of(g.skill()), taxonomy).get(0));
        m.put("severity", lower(g.severity().name()));
        m.put("required", g.required());
        m.put("claimed", g.claimed());
        m.put("source", g.source());
        m.put("sourceKind", switch (g.origin()) {
            case GapSource.Quote q -> "posting";
            case GapSource.Inferred inferred -> lower(inferred.name());
        });
        return m;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void dismiss(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("itemId"));
        String itemId = body.required("itemId", 80, id -> {
            if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                throw new IllegalArgumentException("is not a catalog item id");
            }
            return id;
        });
        body.validate();
        try {
            Json.send(res, 200, settings(jobbot.dismissItem(caller.session().account(), itemId)));
        } catch (IllegalArgumentException tooMany) {
            throw ProblemException.conflict("too-many-dismissed", tooMany.getMessage());
        }
    }

    private void undismiss(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        String itemId = req.path().pathParameters().get("itemId");
        if (!jobbot.recommendationSettings(caller.session().account()).dismissedItems().contains(itemId)) {
            throw ProblemException.notFound("that item is not among your dismissed items");
        }
        Json.send(res, 200, settings(jobbot.undismissItem(caller.session().account(), itemId)));
    }

    private void settings(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, settings(jobbot.recommendationSettings(caller.session().account())));
    }

    private static Map<String, Object> settings(RecommendationSettings s) {
        return Map.of("dismissedItems", s.dismissedItems().stream().sorted().toList());
    }

    private void background(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, background(jobbot.background(caller.session().account()), jobbot.skillTaxonomy()));
    }

    private void replaceBackground(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES)
                .allowOnly(Set.of("yearsOfExperience", "roles", "claimedSkills", "education"));
        Optional<Integer> years = body.optionalInteger("yearsOfExperience", 0, Background.MAX_YEARS);
        List<String> roles = body.stringList("roles", Background.MAX_ENTRIES, Background.MAX_TEXT);
        List<String> education = body.stringList("education", Background.MAX_ENTRIES, Background.MAX_TEXT);
        List<SkillId> skills = new ArrayList<>();
        List<String> rawSkills = body.stringList("claimedSkills", Background.MAX_SKILLS, 60);
        for (String raw : rawSkills) {
            try {
                SkillId id = new SkillId(raw);
                if (jobbot.skillTaxonomy().find(id).isEmpty()) {
                    body.reject("claimedSkills", "'" + raw + "' is not a skill Jobbot knows");
                } else {
                    skills.add(id);
                }
            } catch (IllegalArgumentException e) {
                body.reject("claimedSkills", "'" + raw + "' is not a skill id");
            }
        }
        body.validate();
        Background background;
        try {
            background = new Background(years, roles, skills, education);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("background", e.getMessage());
        }
        Json.send(res, 200, background(jobbot.replaceBackground(caller.session().account(), background),
                jobbot.skillTaxonomy()));
    }

    private void deleteBackground(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        jobbot.deleteBackground(caller.session().account());
        res.status(204).send();
    }

    private static Map<String, Object> background(Background b, SkillTaxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("yearsOfExperience", b.yearsOfExperience().orElse(null));
        m.put("roles", b.roles());
        m.put("claimedSkills", JobRoutes.skills(b.claimedSkills(), taxonomy));
        m.put("education", b.education());
        return m;
    }
}

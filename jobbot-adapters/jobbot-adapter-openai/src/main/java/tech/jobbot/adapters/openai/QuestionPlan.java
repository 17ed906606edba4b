package tech.jobbot.adapters.openai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;

/**
 * Reads the model's question plan and holds it to Jobbot's schema. Anything that does not fit is
 * refused as a whole rather than repaired: the embedded interviewer then plans instead, which is
 * better than a plan with a question that tests a skill the job does not ask for.
 */
final class QuestionPlan {
    static final int MIN_TEXT = 10;
    static final int MAX_TEXT = 1_000;
    static final int MAX_PROBES = 1_000;

    private static final String STEP = "plan questions";
    private static final Map<String, QuestionKind> KINDS = byApiName(QuestionKind.values(), QuestionKind::apiName);
    private static final Map<String, Competency> COMPETENCIES = byApiName(Competency.values(), Competency::apiName);

    private QuestionPlan() {
    }

    static List<QuestionDraft> parse(String content, JobProfile job, int count) {
        JsonNode root;
        try {
            root = ChatCompletions.STRICT_JSON.readValue(content, JsonNode.class);
        } catch (JsonProcessingException e) {
            throw invalid("the plan is not valid JSON");
        }
        if (root == null || !root.isObject() || !root.path("questions").isArray()) {
            throw invalid("the plan is not an object with a \"questions\" array");
        }
        JsonNode questions = root.get("questions");
        if (questions.size() != count) {
            throw invalid("the plan has " + questions.size() + " questions instead of " + count);
        }
        Set<String> allowedSkills = job.skills().stream().map(SkillId::value).collect(Collectors.toSet());
        Set<String> seenTexts = new HashSet<>();
        List<QuestionDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            QuestionDraft draft = draft(questions.get(i), i + 1, allowedSkills);
            if (!seenTexts.add(sameness(draft.text()))) {
                throw invalid("question " + (i + 1) + " repeats an earlier question");
            }
            drafts.add(draft);
        }
        return List.copyOf(drafts);
    }

    private static QuestionDraft draft(JsonNode node, int position, Set<String> allowedSkills) {
        if (!node.isObject()) {
            throw invalid("question " + position + " is not an object");
        }
        String text = text(node, "text", position).strip();
        if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
            throw invalid("question " + position + " is not " + MIN_TEXT + " to " + MAX_TEXT + " characters long");
        }
        QuestionKind kind = KINDS.get(text(node, "kind", position));
        if (kind == null) {
            throw invalid("question " + position + " has an unknown kind");
        }
        Competency competency = COMPETENCIES.get(text(node, "competency", position));
        if (competency == null) {
            throw invalid("question " + position + " has an unknown competency");
        }
        String probes = text(node, "probes", position).strip();
        if (probes.length() > MAX_PROBES) {
            throw invalid("question " + position + " has probes longer than " + MAX_PROBES + " characters");
        }
        return new QuestionDraft(text, kind, competency, skills(node, position, allowedSkills), probes);
    }

    private static List<SkillId> skills(JsonNode node, int position, Set<String> allowedSkills) {
        JsonNode skills = node.get("skills");
        if (skills == null || !skills.isArray()) {
            throw invalid("question " + position + " has no \"skills\" array");
        }
        Set<SkillId> ids = new LinkedHashSet<>();
        for (JsonNode skill : skills) {
            // Only ids the job has: a slug the model made up would point at nothing in the taxonomy.
            if (!skill.isTextual() || !allowedSkills.contains(skill.textValue())) {
                throw invalid("question " + position + " names a skill the job does not ask for");
            }
            if (!ids.add(new SkillId(skill.textValue()))) {
                throw invalid("question " + position + " names a skill twice");
            }
        }
        return List.copyOf(ids);
    }

    private static String text(JsonNode node, String field, int position) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid("question " + position + " has no text field \"" + field + "\"");
        }
        return value.textValue();
    }

    /** Two questions that differ only in case or spacing are the same question. */
    static String sameness(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static InterviewerException invalid(String reason) {
        return new InterviewerException(STEP + ": " + reason, false);
    }

    private static <E> Map<String, E> byApiName(E[] values, Function<E, String> apiName) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(apiName, value -> value));
    }
}

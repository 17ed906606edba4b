package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * Turns an analysis into feedback a candidate can act on: strengths and improvements that each
 * point at a quote of the answer or at a STAR part it lacks, with a rewrite hint in the terms of
 * the job; an outline of a strong answer; and a default narrative. Praise is given only for what
 * the answer shows, so a non-answer gets none. Deterministic and thread-safe.
 */
public final class FeedbackComposer {
    /** Longest quote of the answer a remark carries. */
    public static final int MAX_QUOTE = 200;
    private static final int MAX_STRENGTHS = 3;
    private static final int MAX_IMPROVEMENTS = 4;

    /**
     * Feedback on an answer from its analysis. The scores are {@link Scoring#score}'s; every
     * quote is an exact substring of {@code answer} of at most {@value #MAX_QUOTE} characters.
     */
    public Feedback compose(Question question, String answer, AnswerAnalysis analysis, JobProfile job,
            SkillTaxonomy taxonomy) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Context c = new Context(question, answer, analysis, job, taxonomy);
        Scores scores = Scoring.score(analysis, question);
        List<Remark> strengths = analysis.nonAnswer().isPresent() ? List.of() : strengths(c);
        List<Remark> improvements = improvements(c);
        return new Feedback(scores, strengths, improvements, outline(c), narrative(c, scores, improvements));
    }

    /** What the composer knows about one answer, with the job's words ready for hints. */
    private static final class Context {
        final Question question;
        final String answer;
        final AnswerAnalysis analysis;
        final JobProfile job;
        final SkillTaxonomy taxonomy;
        final List<String> sentences;
        final List<String> probedSkills;
        final List<String> missingSkills;
        final List<String> jobSkills;
        /** What the question probes, ready to quote: "the requirement ..." or the role. */
        final String topic;
        final String outcomes;

        Context(Question question, String answer, AnswerAnalysis analysis, JobProfile job, SkillTaxonomy taxonomy) {
            this.question = question;
            this.answer = answer;
            this.analysis = analysis;
            this.job = job;
            this.taxonomy = taxonomy;
            this.sentences = AnswerText.sentences(answer);
            this.probedSkills = names(question.skills());
            this.missingSkills = names(question.skills().stream().filter(s -> !analysis.skillsShown().contains(s))
                    .toList());
            this.jobSkills = names(job.skills().stream().limit(4).toList());
            this.topic = question.probes().isBlank() ? "what the " + job.title() + " role needs"
                    : "\"" + question.probes().strip() + "\"";
            this.outcomes = outcomesFor(job, taxonomy);
        }

        List<String> names(List<SkillId> ids) {
            List<String> out = new ArrayList<>();
            for (SkillId id : ids) {
                taxonomy.find(id).map(Skill::name).ifPresent(out::add);
            }
            return out;
        }

        /** The skills to name in a hint: those the question probes, else the job's main ones. */
        String skillsToName(String conjunction) {
            List<String> names = missingSkills.isEmpty() ? probedSkills : missingSkills;
            return listing(names.isEmpty() ? jobSkills : names, "the tools you used", conjunction);
        }

        Optional<String> quote(String sentence) {
            if (sentence == null || sentence.isBlank()) {
                return Optional.empty();
            }
            String clipped = AnswerText.clip(sentence.strip(), MAX_QUOTE);
            return answer.contains(clipped) ? Optional.of(clipped) : Optional.empty();
        }

        List<String> shown(StarPart part) {
            return analysis.star().getOrDefault(part, List.of());
        }
    }

    // ---- strengths -------------------------------------------------------------------------

    private static List<Remark> strengths(Context c) {
        List<Remark> out = new ArrayList<>();
        AnswerAnalysis a = c.analysis;
        firstWith(c.shown(StarPart.RESULT), Scoring::isQuantity).flatMap(c::quote).ifPresent(q -> out.add(new Remark(
                "You measure the result", Optional.of(q), Optional.empty(),
                "Keep the number and give its baseline too (from what, to what, for whom), so the change is "
                        + "clear at once.")));
        if (a.ownership() >= 0.6 && a.star().containsKey(StarPart.ACTION)) {
            firstWith(c.shown(StarPart.ACTION), FeedbackComposer::saysI).flatMap(c::quote).ifPresent(q -> out.add(
                    new Remark("You make clear what you did yourself", Optional.of(q), Optional.empty(),
                            "Keep the \"I\" and the verbs; add why you chose that step over the obvious "
                                    + "alternative.")));
        }
        if (!a.skillsShown().isEmpty()) {
            List<String> shownNames = c.names(a.skillsShown());
            List<String> story = new ArrayList<>(c.shown(StarPart.ACTION));
            story.addAll(c.shown(StarPart.RESULT));
            // A skill earns praise where the answer uses it, not where it merely names it.
            Optional<String> sentence = shownNames.isEmpty() ? Optional.empty()
                    : firstMentioning(c, a.skillsShown().get(0)).filter(story::contains);
            sentence.flatMap(c::quote).ifPresent(q -> out.add(new Remark(
                    "You show skills this job asks for: " + listing(shownNames.stream().limit(3).toList(), "", "and"),
                    Optional.of(q), Optional.empty(),
                    "Say one thing more about how you used " + shownNames.get(0)
                            + ": the choice you made and what it traded off.")));
        }
        if (structureIsClear(c)) {
            c.quote(c.shown(c.analysis.starOrder().get(0)).get(0)).ifPresent(q -> out.add(new Remark(
                    "Your answer is easy to follow: situation, task, action, result", Optional.of(q),
                    Optional.empty(), "Keep this shape; give the action the most time and keep the scene to two "
                            + "sentences.")));
        }
        long quantities = a.specifics().stream().filter(Scoring::isQuantity).count();
        if (quantities >= 2 && a.specifics().size() >= 3) {
            firstWith(c.sentences, Scoring::isQuantity).flatMap(c::quote).ifPresent(q -> out.add(new Remark(
                    "You give concrete details", Optional.of(q), Optional.empty(),
                    "Details like these make the story believable; keep each one tied to what you did.")));
        }
        return dedupeByQuote(out, MAX_STRENGTHS);
    }

    private static boolean structureIsClear(Context c) {
        List<StarPart> order = c.analysis.starOrder();
        Map<StarPart, Integer> weights = Scoring.starWeights(c.question.kind());
        int covered = 0;
        for (StarPart part : order) {
            covered += weights.get(part);
        }
        boolean inOrder = true;
        for (int i = 1; i < order.size(); i++) {
            inOrder &= order.get(i - 1).compareTo(order.get(i)) < 0;
        }
        return order.size() >= 3 && covered >= 70 && inOrder;
    }

    // ---- improvements ----------------------------------------------------------------------

    private record Suggestion(Advice advice, Remark remark) {
    }

    private static List<Remark> improvements(Context c) {
        List<Suggestion> out = new ArrayList<>();
        AnswerAnalysis a = c.analysis;
        a.nonAnswer().ifPresent(kind -> out.add(new Suggestion(Advice.ANSWER_THE_QUESTION, new Remark(
                Advice.ANSWER_THE_QUESTION.headline(),
                c.quote(c.answer),
                c.quote(c.answer).isPresent() ? Optional.empty() : Optional.of(StarPart.ACTION),
                nonAnswerHint(kind, c)))));
        Map<StarPart, Integer> weights = Scoring.starWeights(c.question.kind());
        List<StarPart> missing = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            if (!a.star().containsKey(part)) {
                missing.add(part);
            }
        }
        missing.sort(Comparator.comparing((StarPart p) -> -weights.get(p)));
        for (StarPart part : missing) {
            Advice advice = Advice.forMissing(part);
            out.add(new Suggestion(advice, new Remark(advice.headline(), Optional.empty(), Optional.of(part),
                    missingHint(part, c))));
        }
        if (a.nonAnswer().isEmpty()) {
            answerImprovements(c, out);
        }
        if (out.isEmpty()) {
            lastSentence(c).flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(Advice.TIE_TO_JOB, new Remark(
                    Advice.TIE_TO_JOB.headline(), Optional.of(q), Optional.empty(),
                    "End with one sentence linking this story to the " + c.job.title() + " role and to " + c.topic
                            + "."))));
        }
        // Stable sort: among equal weights the order above (by STAR weight of the kind) holds.
        out.sort(Comparator.comparing((Suggestion s) -> -s.advice().weight()));
        List<Remark> remarks = new ArrayList<>();
        for (Suggestion s : out) {
            if (remarks.size() < MAX_IMPROVEMENTS) {
                remarks.add(s.remark());
            }
        }
        return remarks;
    }

    private static void answerImprovements(Context c, List<Suggestion> out) {
        AnswerAnalysis a = c.analysis;
        // Without actions, the missing-action remark already names the skills to show.
        int probed = c.question.skills().size();
        if (a.star().containsKey(StarPart.ACTION) && c.missingSkills.size() * 2 > probed) {
            c.shown(StarPart.ACTION).stream().findFirst().flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(
                    Advice.SHOW_SKILLS, new Remark(Advice.SHOW_SKILLS.headline(), Optional.of(q), Optional.empty(),
                            "This question probes " + c.topic + ". Name the tool: say how you used "
                                    + listing(c.missingSkills, "", "or") + " here – what you did with it and what it "
                                    + "changed."))));
        }
        if (Scoring.specificity(a) < 40) {
            longestWithout(c.sentences, Scoring::isQuantity).flatMap(c::quote).ifPresent(q -> out.add(
                    new Suggestion(Advice.BE_SPECIFIC, new Remark(Advice.BE_SPECIFIC.headline(), Optional.of(q),
                            Optional.empty(), "Make this concrete: name what you used (for example "
                                    + c.skillsToName("or") + ") and give one number – how many, how much or how "
                                    + "long."))));
        }
        if (a.ownership() < 0.5) {
            firstWith(c.sentences, FeedbackComposer::saysWe).flatMap(c::quote).ifPresent(q -> out.add(
                    new Suggestion(Advice.SAY_I, new Remark(Advice.SAY_I.headline(), Optional.of(q),
                            Optional.empty(), "Say what you did within the team: \"I set up…\", \"I called…\", "
                                    + "\"I decided…\". Keep \"we\" for the team's result."))));
        }
        if (a.wordCount() < Scoring.SHORTEST_GOOD_LENGTH) {
            c.sentences.stream().findFirst().flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(Advice.SAY_MORE,
                    new Remark(Advice.SAY_MORE.headline(), Optional.of(q), Optional.empty(),
                            "At " + a.wordCount() + " words this is too short to show how you work. Give one or "
                                    + "two sentences each to the situation, your actions and the result."))));
        } else if (a.wordCount() > Scoring.LONGEST_GOOD_LENGTH) {
            longestWithout(c.sentences, s -> false).flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(
                    Advice.TIGHTEN, new Remark(Advice.TIGHTEN.headline(), Optional.of(q), Optional.empty(),
                            "Keep the background to two sentences and spend the words on what you did and what "
                                    + "it achieved."))));
        }
        if (!a.hedges().isEmpty()) {
            String hedge = a.hedges().get(0);
            firstContaining(c.sentences, hedge).flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(
                    Advice.DROP_HEDGES, new Remark(Advice.DROP_HEDGES.headline(), Optional.of(q), Optional.empty(),
                            "Replace \"" + asWritten(hedge) + "\" with what you did or would do: \"I did…\", "
                                    + "\"I would…\"."))));
        }
        if (a.fillers().size() >= 2) {
            String filler = a.fillers().get(0);
            firstContaining(c.sentences, filler).flatMap(c::quote).ifPresent(q -> out.add(new Suggestion(
                    Advice.CUT_FILLERS, new Remark(Advice.CUT_FILLERS.headline(), Optional.of(q), Optional.empty(),
                            "Drop \"" + filler + "\" and similar words (" + a.fillers().size()
                                    + " in this answer); a short pause reads better."))));
        }
        if (c.question.kind() != QuestionKind.MOTIVATIONAL && storyRunsBackwards(a.starOrder())) {
            List<StarPart> order = a.starOrder();
            c.quote(c.shown(order.get(0)).get(0)).ifPresent(q -> out.add(new Suggestion(Advice.TELL_IN_ORDER,
                    new Remark(Advice.TELL_IN_ORDER.headline(), Optional.of(q), Optional.empty(),
                            "Open with the situation so the listener knows why the rest matters, then your goal, "
                                    + "your steps, and the result."))));
        }
    }

    private static String nonAnswerHint(NonAnswer kind, Context c) {
        String start = "Start from one real moment that shows " + c.topic
                + ": where you were, what you did, and what changed.";
        return switch (kind) {
            case EMPTY -> "Nothing came through. " + start;
            case DONT_KNOW -> "A partial answer scores far more than none. Take the closest thing you have done – a"
                    + " project, a course, a similar problem – and say what you did and what came of it.";
            case GIBBERISH -> "This does not read as an answer. " + start;
            case COPY_OF_QUESTION -> "Repeating the question does not answer it. " + start;
            case OFF_TOPIC -> "This is about something else. " + start;
        };
    }

    private static String missingHint(StarPart part, Context c) {
        QuestionKind kind = c.question.kind();
        return switch (part) {
            case SITUATION -> kind == QuestionKind.MOTIVATIONAL
                    ? "Say where you are now and what in your work led you to the " + c.job.title() + " role."
                    : "Open with one or two sentences of context: where you were, when, and what was at stake.";
            case TASK -> kind == QuestionKind.MOTIVATIONAL
                    ? "Say what you want to do next and how this role gives you that: \"I want to…\"."
                    : "Say what you were responsible for and what success looked like: \"My goal was to…\".";
            case ACTION -> (kind == QuestionKind.SITUATIONAL || kind == QuestionKind.TECHNICAL
                    ? "Walk through what you would do, step by step, in \"I would…\" sentences"
                    : "Walk through the steps you took yourself, in \"I…\" sentences with a verb")
                    + ", naming " + c.skillsToName("and") + " and why you chose each step.";
            case RESULT -> "Add the result: what changed, by how much, for whom – for example " + c.outcomes + ".";
        };
    }

    // ---- outline and narrative -------------------------------------------------------------

    private static String outline(Context c) {
        String skills = listing(c.probedSkills.isEmpty() ? c.jobSkills : c.probedSkills, "the job's main skills",
                "and");
        String topic = c.topic;
        String title = c.job.title();
        String company = c.job.company().orElse("this team");
        return switch (c.question.kind()) {
            case BEHAVIORAL -> String.join("\n",
                    "Situation: one or two sentences on a real moment in your work that shows " + topic
                            + ": where, when, and what was at stake.",
                    "Task: what you were responsible for and what a good outcome looked like.",
                    "Action: three or four steps you took yourself, naming " + skills + " and why you chose each.",
                    "Result: what changed and by how much (" + c.outcomes + "), and what you would carry into the "
                            + title + " role.");
            case SITUATIONAL -> String.join("\n",
                    "Situation: restate the scenario in a sentence and what you would check first.",
                    "Task: your priority and what must not go wrong; the job asks for " + topic + ".",
                    "Action: the steps you would take in order, naming " + skills + " and who you would involve.",
                    "Result: how you would know it worked (" + c.outcomes + "), and a time you handled something"
                            + " similar and what came of it.");
            case TECHNICAL -> String.join("\n",
                    "Situation: where you have used " + skills + ": the system or problem and its scale.",
                    "Task: what had to be true for the work to count as done; the job asks for " + topic + ".",
                    "Action: your approach step by step, naming tools, methods and the trade-offs you weighed.",
                    "Result: the measurable effect (" + c.outcomes + ") and what you would do differently now.");
            case MOTIVATIONAL -> String.join("\n",
                    "Situation: where you are now and the experience that led you to the " + title + " role.",
                    "Task: what you want to do next and why this role fits, referring to " + topic + ".",
                    "Action: one or two things you have already done that show it, using " + skills + ".",
                    "Result: what they led to, with a number, and what you would bring to " + company + ".");
        };
    }

    private static String narrative(Context c, Scores scores, List<Remark> improvements) {
        AnswerAnalysis a = c.analysis;
        List<String> sentences = new ArrayList<>();
        if (a.nonAnswer().isPresent()) {
            sentences.add("This does not answer the question yet (" + describe(a.nonAnswer().get())
                    + "), so it scores " + scores.overall() + " out of 100.");
            sentences.add("Even a short, real example scores far higher: one moment that shows " + c.topic
                    + ", what you did, and what came of it.");
            return String.join(" ", sentences);
        }
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        dimensions.put("relevance", scores.relevance());
        dimensions.put("structure", scores.structure());
        dimensions.put("specificity", scores.specificity());
        dimensions.put("impact", scores.impact());
        dimensions.put("communication", scores.communication());
        String best = dimensions.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String worst = dimensions.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        sentences.add("This answer scores " + scores.overall() + " out of 100, strongest on " + best
                + " and weakest on " + worst + ".");
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            (a.star().containsKey(part) ? present : absent).add(part.name().toLowerCase(Locale.ROOT));
        }
        if (present.isEmpty()) {
            sentences.add("It does not yet tell a story with a situation, your actions and a result.");
        } else {
            sentences.add("It shows the " + listing(present, "", "and") + (absent.isEmpty() ? ""
                    : " but not the " + listing(absent, "", "or")) + ".");
        }
        if (a.specifics().isEmpty()) {
            sentences.add("It gives no numbers, names or tools yet.");
        } else {
            sentences.add("It gives specifics such as " + listing(a.specifics().stream().limit(3)
                    .map(s -> "\"" + s + "\"").toList(), "", "and") + ".");
        }
        if (!improvements.isEmpty()) {
            sentences.add("Next time: " + lower(improvements.get(0).text()) + ".");
        }
        return String.join(" ", sentences.subList(0, Math.min(4, sentences.size())));
    }

    private static String describe(NonAnswer kind) {
        return switch (kind) {
            case EMPTY -> "it is empty";
            case DONT_KNOW -> "it says you don't know or passes";
            case GIBBERISH -> "it does not read as words";
            case COPY_OF_QUESTION -> "it repeats the question";
            case OFF_TOPIC -> "it is about something else";
        };
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Outcome measures a hint can suggest, by the role family the job's skills mostly belong to. */
    private static String outcomesFor(JobProfile job, SkillTaxonomy taxonomy) {
        Map<String, Integer> families = new HashMap<>();
        String top = "";
        for (SkillId id : job.skills()) {
            Optional<Skill> skill = taxonomy.find(id);
            if (skill.isPresent()) {
                int count = families.merge(skill.get().family().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (count > families.getOrDefault(top, 0) || top.isEmpty()) {
                    top = skill.get().family().toLowerCase(Locale.ROOT);
                }
            }
        }
        String f = top + " " + job.title().toLowerCase(Locale.ROOT);
        if (f.contains("nurs") || f.contains("health") || f.contains("clinic") || f.contains("medic")) {
            return "patient outcomes, safety events or waiting times";
        } else if (f.contains("teach") || f.contains("educat")) {
            return "grades, attendance or progress against targets";
        } else if (f.contains("sales")) {
            return "revenue, win rate, deal size or pipeline";
        } else if (f.contains("market")) {
            return "conversion, cost per lead, return on ad spend or traffic";
        } else if (f.contains("support") || f.contains("customer")) {
            return "CSAT, response time or repeat contacts";
        } else if (f.contains("financ") || f.contains("account")) {
            return "close time, errors caught or money saved";
        } else if (f.contains("logist") || f.contains("operat") || f.contains("warehouse") || f.contains("supply")) {
            return "on-time delivery, stock accuracy, cost per order or safety incidents";
        } else if (f.contains("data") || f.contains("analy")) {
            return "time saved, accuracy or the decision it changed";
        } else if (f.contains("hr") || f.contains("human") || f.contains("people") || f.contains("recruit")
                || f.contains("talent")) {
            return "time to hire, offer acceptance or retention";
        } else if (f.contains("design")) {
            return "task success, conversion or support tickets";
        } else if (f.contains("product")) {
            return "adoption, retention or time to ship";
        } else if (f.contains("manufact") || f.contains("engineer") && !f.contains("software")) {
            return "defect rate, downtime or yield";
        } else if (f.contains("software") || f.contains("develop")) {
            return "latency, error rate, release time or incidents";
        }
        return "time, money, quality or how many people it helped";
    }

    private static Optional<String> firstMentioning(Context c, SkillId id) {
        Optional<Skill> skill = c.taxonomy.find(id);
        if (skill.isEmpty()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>(skill.get().aliases());
        terms.add(0, skill.get().name());
        for (String sentence : c.sentences) {
            String folded = AnswerText.fold(sentence);
            for (String term : terms) {
                if (AnswerText.containsPhrase(folded, AnswerText.fold(term))) {
                    return Optional.of(sentence);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstWith(List<String> sentences, Predicate<String> test) {
        return sentences.stream().filter(test).findFirst();
    }

    private static Optional<String> firstContaining(List<String> sentences, String phrase) {
        return firstWith(sentences, s -> AnswerText.containsPhrase(AnswerText.fold(s), phrase));
    }

    private static Optional<String> longestWithout(List<String> sentences, Predicate<String> test) {
        String longest = null;
        for (String sentence : sentences) {
            if (!test.test(sentence) && (longest == null || sentence.length() > longest.length())) {
                longest = sentence;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static Optional<String> lastSentence(Context c) {
        return c.sentences.isEmpty() ? Optional.empty() : Optional.of(c.sentences.get(c.sentences.size() - 1));
    }

    private static boolean saysI(String sentence) {
        for (String word : AnswerText.words(AnswerText.fold(sentence))) {
            if (word.equals("i") || word.startsWith("i'")) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysWe(String sentence) {
        for (String word : AnswerText.words(AnswerText.fold(sentence))) {
            if (word.equals("we") || word.equals("our") || word.startsWith("we'")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The result told before any action, or the scene set only after the actions: orders that
     * lose a listener. An action inside the opening scene, or a goal stated late, reads naturally.
     */
    private static boolean storyRunsBackwards(List<StarPart> order) {
        int situation = order.indexOf(StarPart.SITUATION);
        int action = order.indexOf(StarPart.ACTION);
        int result = order.indexOf(StarPart.RESULT);
        return action >= 0 && (result >= 0 && result < action || situation > action);
    }

    /** A folded phrase as a person would write it: "i'm not sure" as "I'm not sure". */
    private static String asWritten(String folded) {
        return folded.replaceAll("\\bi\\b", "I");
    }

    private static List<Remark> dedupeByQuote(List<Remark> remarks, int max) {
        List<Remark> out = new ArrayList<>();
        List<Optional<String>> quotes = new ArrayList<>();
        for (Remark remark : remarks) {
            if (out.size() < max && !quotes.contains(remark.quote())) {
                out.add(remark);
                quotes.add(remark.quote());
            }
        }
        return out;
    }

    /** "a", "a and b", "a, b or c"; the fallback when there is nothing to list. */
    static String listing(List<String> items, String fallback, String conjunction) {
        if (items.isEmpty()) {
            return fallback;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** Lower-cases the first letter unless the word is an acronym or a name such as "SQL". */
    private static String lower(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.jobbot.domain.interview.AnswerText.Word;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;

/**
 * Reads an answer with fixed rules: which STAR parts it has and the sentences that show them,
 * the specifics it gives, the job's skills it shows, who did the work ("I" or "we"), filler and
 * hedging, how relevant it is, and whether it answers at all. Rules, not a model, so the same
 * answer always gets the same analysis and every score can be explained by pointing at text.
 * Thread-safe.
 */
public final class AnswerAnalyzer {
    private static final String NUMBER = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final Pattern QUANTITY = Pattern.compile(
            "[$€£¥]\\s?" + NUMBER + "(?:\\s?(?:k|m|bn|million|billion|thousand)\\b)?"
                    + "|\\b" + NUMBER + "(?:\\s?(?:%|percent\\b|per cent\\b)|(?:k|x)\\b)"
                    + "|\\b" + NUMBER + "(?:[/:]\\d+)?(?:-\\p{L}+){0,3}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                    + "hundred|hundreds|thousand|thousands|dozen|dozens|half|twice|doubled|tripled|halved|"
                    + "a third|a quarter)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STANDALONE_NUMBER_WORDS = Set.of("twice", "doubled", "tripled", "halved",
            "a third", "a quarter", "half");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "a");

    private final SkillExtractor extractor;

    public AnswerAnalyzer(SkillExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Analyses one answer to one question of an interview for this job. Never fails on any text. */
    public AnswerAnalysis analyze(Question question, String answer, JobProfile job) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(job, "job");

        List<String> sentences = AnswerText.sentences(answer);
        List<Word> words = AnswerText.wordsAt(answer);
        List<SkillExtractor.Mention> mentions = extractor.mentions(answer);
        Set<SkillId> mentioned = new LinkedHashSet<>();
        mentions.forEach(m -> mentioned.add(m.skill()));

        Map<StarPart, List<String>> star = Star.detect(sentences, question.kind());
        List<StarPart> starOrder = Star.order(star, sentences);
        Set<String> answerStems = AnswerText.contentStems(answer);
        String folded = AnswerText.fold(answer);

        Optional<NonAnswer> nonAnswer = NonAnswers.detect(answer, words, answerStems, star, mentioned, question, job,
                extractor);
        return new AnswerAnalysis(
                words.size(),
                star,
                specifics(answer, sentences, words, mentions),
                skillsShown(mentioned, question, job),
                ownership(words),
                Delivery.fillers(folded),
                Delivery.hedges(folded),
                nonAnswer,
                // An answer that does not answer is relevant to nothing, even a copy of the question.
                nonAnswer.isPresent() ? 0.0 : relevance(answerStems, mentioned, question, job),
                starOrder);
    }

    /** The job's skills (and the question's) that the answer mentions, in the job's order. */
    private static List<SkillId> skillsShown(Set<SkillId> mentioned, Question question, JobProfile job) {
        Set<SkillId> shown = new LinkedHashSet<>();
        for (SkillId id : job.skills()) {
            if (mentioned.contains(id)) {
                shown.add(id);
            }
        }
        for (SkillId id : question.skills()) {
            if (mentioned.contains(id)) {
                shown.add(id);
            }
        }
        return List.copyOf(shown);
    }

    /**
     * Share of "I/me/my" among first-person pronouns. An answer with no first person at all (a
     * technical explanation, say) gets 0.5: no evidence either way.
     */
    static double ownership(List<Word> words) {
        int singular = 0;
        int plural = 0;
        for (Word word : words) {
            String w = AnswerText.fold(word.text());
            switch (w) {
                case "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll" -> singular++;
                case "we", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll" -> plural++;
                // "US" in capitals is the country, not the pronoun.
                case "us" -> plural += word.text().equals("US") ? 0 : 1;
                default -> {
                }
            }
        }
        return singular + plural == 0 ? 0.5 : (double) singular / (singular + plural);
    }

    /**
     * Relevance from the answer's overlap with what the question asks. Words of the question, of
     * the requirement it probes and of the names of the skills it probes count fully; words of
     * the job's other skills count half; naming a probed skill counts double, another job skill
     * once. A few hits are enough: a relevant answer tells its own story in its own words.
     */
    private double relevance(Set<String> answerStems, Set<SkillId> mentioned, Question question, JobProfile job) {
        StringBuilder askedText = new StringBuilder(question.text()).append(' ').append(question.probes());
        question.skills().forEach(id -> appendTerms(id, askedText));
        Set<String> asked = new HashSet<>(AnswerText.contentStems(askedText.toString()));
        asked.removeAll(AnswerText.FRAME);
        StringBuilder jobText = new StringBuilder();
        job.skills().forEach(id -> appendTerms(id, jobText));
        Set<String> jobWords = new HashSet<>(AnswerText.contentStems(jobText.toString()));
        jobWords.removeAll(AnswerText.FRAME);
        jobWords.removeAll(asked);
        int wordHits = 0;
        int jobWordHits = 0;
        for (String stem : answerStems) {
            if (asked.contains(stem)) {
                wordHits++;
            } else if (jobWords.contains(stem)) {
                jobWordHits++;
            }
        }
        int questionSkillHits = 0;
        for (SkillId id : question.skills()) {
            if (mentioned.contains(id)) {
                questionSkillHits++;
            }
        }
        int jobSkillHits = 0;
        for (SkillId id : job.skills()) {
            if (mentioned.contains(id) && !question.skills().contains(id)) {
                jobSkillHits++;
            }
        }
        double raw = Math.min(wordHits, 4) + 0.5 * Math.min(jobWordHits, 4) + 2.0 * Math.min(questionSkillHits, 2)
                + Math.min(jobSkillHits, 2);
        long expected = Math.round(asked.size() * 0.3) + (question.skills().isEmpty() ? 0 : 2);
        double target = Math.max(3, Math.min(6, expected));
        return Math.min(1.0, raw / target);
    }

    private void appendTerms(SkillId id, StringBuilder text) {
        extractor.taxonomy().find(id).ifPresent(skill -> {
            text.append(' ').append(skill.name());
            skill.aliases().forEach(alias -> text.append(' ').append(alias));
        });
    }

    // ---- specifics -------------------------------------------------------------------------

    /** A specific and where it stands in the answer. */
    private record Found(int start, int end, String text) {
        boolean overlaps(Found other) {
            return start < other.end && other.start < end;
        }
    }

    /**
     * Numbers, money, percentages, durations and counts (with the noun they count); the tools and
     * skills named; names of products, places and organisations. Where two overlap, the earlier
     * and longer one is kept, so "Year 9" is one specific, not two.
     */
    private List<String> specifics(String answer, List<String> sentences, List<Word> words,
            List<SkillExtractor.Mention> mentions) {
        List<Found> candidates = new ArrayList<>();
        Matcher q = QUANTITY.matcher(answer);
        while (q.find()) {
            candidates.add(withNoun(answer, q.start(), q.end(), words));
        }
        Matcher n = NUMBER_WORD.matcher(answer);
        while (n.find()) {
            Found phrase = withNoun(answer, n.start(), n.end(), words);
            if (STANDALONE_NUMBER_WORDS.contains(n.group().toLowerCase(Locale.ROOT)) || phrase.end() > n.end()) {
                candidates.add(phrase);
            }
        }
        Set<String> skillTerms = new HashSet<>();
        List<Found> skills = new ArrayList<>();
        for (SkillExtractor.Mention m : mentions) {
            Optional<Skill> skill = extractor.taxonomy().find(m.skill());
            if (skill.isPresent()) {
                skills.add(new Found(m.start(), m.start(), skill.get().name()));
                skillTerms.add(AnswerText.fold(skill.get().name()));
                skill.get().aliases().forEach(alias -> skillTerms.add(AnswerText.fold(alias)));
            }
        }
        candidates.addAll(names(answer, sentences, words, skillTerms));
        candidates.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        for (Found candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.addAll(skills);
        kept.sort(Comparator.comparingInt(Found::start));
        Map<String, String> unique = new LinkedHashMap<>();
        for (Found f : kept) {
            unique.putIfAbsent(f.text().toLowerCase(Locale.ROOT), f.text());
        }
        return List.copyOf(unique.values());
    }

    /**
     * The number with what it counts: "12 patients", "two blind corners", "40 cold calls". Up to
     * three following words are taken, ending at the first plural; with no plural among them,
     * just the first word.
     */
    private static Found withNoun(String answer, int start, int end, List<Word> words) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int reach = end;
        int firstEnd = -1;
        for (int k = low; k < Math.min(words.size(), low + 3); k++) {
            Word next = words.get(k);
            String between = answer.substring(reach, next.start());
            String key = AnswerText.key(next.text());
            boolean noun = !AnswerText.STOP.contains(key) && AnswerText.hasLetter(key) && !AnswerText.hasDigit(key);
            if (between.length() > 2 || !between.isBlank() || !noun) {
                break;
            }
            reach = next.end();
            if (firstEnd < 0) {
                firstEnd = next.end();
            }
            if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
                return new Found(start, reach, answer.substring(start, reach));
            }
        }
        int stop = firstEnd < 0 ? end : firstEnd;
        return new Found(start, stop, answer.substring(start, stop));
    }

    /**
     * Capitalised names inside sentences ("Black Friday", "Salesforce") with a number that
     * belongs to them ("Year 9"), and acronyms and codes anywhere ("SBAR", "Q3"), except those
     * that are skills, which are listed by their skill name.
     */
    private static List<Found> names(String answer, List<String> sentences, List<Word> words, Set<String> skillTerms) {
        Set<Integer> sentenceStarts = new HashSet<>();
        int cursor = 0;
        for (String sentence : sentences) {
            int at = answer.indexOf(sentence, cursor);
            if (at >= 0) {
                sentenceStarts.add(at);
                cursor = at + sentence.length();
            }
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            boolean acronym = AnswerText.isAcronym(word.text());
            if (!(acronym || isCapitalised(word.text())) || NOT_NAMES.contains(AnswerText.fold(word.text()))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && isNamePart(words.get(j).text()) && spaceBetween(answer, words, j)
                    && !sentenceStarts.contains(words.get(j).start())) {
                j++;
            }
            int first = i;
            boolean atStart = sentenceStarts.contains(word.start());
            if (atStart && !acronym && (j - i < 2 || AnswerText.STOP.contains(AnswerText.key(word.text())))) {
                // A capital at the start of a sentence is grammar, not a name, unless a name follows.
                first = i + 1;
            }
            if (first < j) {
                int last = j - 1;
                if (j < words.size() && isAllDigits(words.get(j).text()) && spaceBetween(answer, words, j)) {
                    last = j;
                    j++;
                }
                String name = answer.substring(words.get(first).start(), words.get(last).end());
                boolean stopWord = last == first && AnswerText.STOP.contains(AnswerText.key(name));
                if (!stopWord && !isSkillTerm(AnswerText.fold(name), skillTerms)) {
                    out.add(new Found(words.get(first).start(), words.get(last).end(), name));
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean isNamePart(String word) {
        return isCapitalised(word) || AnswerText.isAcronym(word);
    }

    private static boolean spaceBetween(String answer, List<Word> words, int j) {
        return answer.substring(words.get(j - 1).end(), words.get(j).start()).equals(" ");
    }

    private static boolean isAllDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isSkillTerm(String foldedName, Set<String> skillTerms) {
        for (String term : skillTerms) {
            if (AnswerText.containsPhrase(foldedName, term) || AnswerText.containsPhrase(term, foldedName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

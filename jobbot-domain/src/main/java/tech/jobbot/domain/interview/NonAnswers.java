package tech.jobbot.domain.interview;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Recognises answers that do not answer. Each rule errs towards letting a weak but genuine
 * answer through: a false "non-answer" would take a real attempt's score to 10, which is worse
 * for the candidate than a low score earned on its merits.
 */
final class NonAnswers {
    /** Saying one does not know, in its common forms; checked after punctuation is removed. */
    private static final Pattern DONT_KNOW = Pattern.compile(String.join("|",
            "\\bi (?:really )?(?:do ?n'?t|do not) (?:really )?know\\b",
            "\\b(?:do ?n'?t|do not) know\\b",
            "\\bdunno\\b",
            "\\bidk\\b",
            "\\bidek\\b",
            "\\b(?:i have |i've |ive |i got |got )?no (?:idea|clue)(?: whatsoever| at all)?\\b",
            "\\bhaven'?t (?:got )?(?:a|any) clue\\b",
            "\\b(?:(?:i'?m|i am) )?not (?:really |too |totally )?sure\\b",
            "\\bi (?:can'?t|cannot|can not) (?:answer|say|think of (?:anything|one|an example|any))\\b",
            "\\bcan'?t answer\\b",
            "\\bi (?:do ?n'?t|do not) have (?:an? )?(?:answer|example|clue)\\b",
            "\\bi (?:do ?n'?t|do not|can'?t|cannot) remember\\b",
            "\\b(?:i'?d|i would) rather not(?: say| answer)?\\b",
            "\\bno (?:answer|comment)\\b",
            "\\bnot applicable\\b",
            "\\bbeats me\\b",
            "\\bi give up\\b",
            "\\bno experience\\b",
            "\\b(?:i'?ve|i have) never (?:done|had|faced|been in) (?:that|this|it|one)\\b"));
    /** One-word dodges; they count only when nothing else is said. */
    private static final Pattern DODGE = Pattern.compile(
            "\\b(?:pass|skip(?: it| this| this one| that| the question)?|next(?: question| one)?|none|nothing"
                    + "|nope|no|nah|n a|na)\\b");
    private static final Set<String> NOISE = Set.of("sorry", "um", "umm", "uh", "uhh", "er", "erm", "hmm", "hm",
            "well", "honestly", "really", "just", "so", "yeah", "ok", "okay", "to", "be", "honest", "i", "im",
            "i'm", "am", "this", "that", "one", "question", "the", "a", "please", "at", "moment", "right", "now",
            "lets", "let's", "move", "on", "afraid", "unfortunately", "mate", "lol", "haha", "oh", "again", "about",
            "it", "is", "for", "me", "here", "can", "we", "go", "maybe", "perhaps", "probably", "guess", "think",
            "actually", "any", "anything", "answer", "thanks", "thank", "you", "hi", "hello", "hey", "there",
            "though", "but", "yes", "genuinely", "totally", "truly", "completely", "absolutely", "have", "got",
            "with", "and", "or", "do", "don't", "dont", "what", "say", "tell", "of", "sure", "idea");

    /** Lower-case words that are real words despite having no vowel. */
    private static final Set<String> VOWELLESS_WORDS = Set.of("cv", "hr", "pr", "ppc", "crm", "sql", "kpi", "tv",
            "pc", "ml", "qa", "bbq", "mvp", "vp", "gp", "nhs", "dr", "mr", "mrs", "ms", "st", "nd", "rd", "th", "pm",
            "ct", "mri", "ecg", "bp", "hm", "hmm", "b2b", "b2c", "html", "css", "php", "xml", "npm", "sms",
            "cfo", "cto", "rn", "lpn", "cpr", "ld", "nvq", "gcse", "by", "my", "why", "gym", "rhythm", "myth",
            "shh", "psst", "brr", "tsk", "www", "js", "cdn", "dns", "http", "https", "tcp", "ssh", "wms", "ppl");
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Words of working life: an answer using any of them is not off-topic, whatever the question. */
    private static final Set<String> WORK_WORDS = AnswerText.stems("team", "colleague", "manager", "boss",
            "customer", "client", "patient", "student", "pupil", "user", "stakeholder", "supplier", "vendor",
            "project", "deadline", "task", "goal", "target", "problem", "issue", "solution", "solve", "fix", "plan",
            "process", "system", "data", "report", "meeting", "staff", "company", "business", "organisation",
            "department", "job", "career", "experience", "skill", "learn", "train", "help", "support", "improve",
            "increase", "reduce", "result", "outcome", "build", "lead", "manage", "organise", "communicate",
            "listen", "explain", "present", "analysis", "analyse", "test", "review", "feedback", "quality", "cost",
            "budget", "revenue", "sale", "sell", "product", "service", "order", "delivery", "deliver", "schedule",
            "priority", "prioritise", "decision", "decide", "responsibility", "responsible", "conflict",
            "negotiate", "agree", "disagree", "mistake", "error", "fail", "failure", "success", "achieve", "office",
            "shift", "ward", "classroom", "lesson", "school", "hospital", "warehouse", "store", "shop", "code",
            "software", "tool", "email", "call", "phone", "document", "policy", "procedure", "safety", "risk",
            "compliance", "audit", "contract", "account", "campaign", "market", "strategy", "research", "design",
            "develop", "implement", "launch", "release", "deploy", "monitor", "track", "measure", "metric",
            "performance", "efficiency", "productivity", "accuracy", "growth", "hire", "recruit", "interview",
            "onboard", "mentor", "coach", "teach", "nurse", "care", "treatment", "medication", "finance",
            "accounting", "invoice", "payment", "ticket", "complaint", "escalate", "resolve", "coordinate",
            "collaborate", "partner", "volunteer", "degree", "course", "qualification", "certificate", "study",
            "university", "college", "internship", "promotion", "promote", "challenge", "motivate", "motivation",
            "passion", "strength", "weakness", "opportunity", "employer", "position", "industry", "profession",
            "professional", "work", "role", "handle", "communication");

    private NonAnswers() {
    }

    static Optional<NonAnswer> detect(String answer, List<Word> words, Set<String> answerStems,
            Map<StarPart, List<String>> star, Set<SkillId> mentioned, Question question, JobProfile job,
            SkillExtractor extractor) {
        if (!AnswerText.hasLetterOrDigit(answer)) {
            return Optional.of(NonAnswer.EMPTY);
        }
        if (saysDontKnow(answer, words.size())) {
            return Optional.of(NonAnswer.DONT_KNOW);
        }
        if (isGibberish(words, mentioned, extractor)) {
            return Optional.of(NonAnswer.GIBBERISH);
        }
        if (copiesQuestion(answerStems, question)) {
            return Optional.of(NonAnswer.COPY_OF_QUESTION);
        }
        if (isOffTopic(answerStems, star, mentioned, question, job, extractor)) {
            return Optional.of(NonAnswer.OFF_TOPIC);
        }
        return Optional.empty();
    }

    /**
     * The answer only says, in some form, that the candidate does not know or passes: once those
     * phrases and small talk are taken out, at most one word is left (a dodge such as "pass"
     * must stand entirely alone, since "pass rate" is a real phrase).
     */
    static boolean saysDontKnow(String answer, int wordCount) {
        if (wordCount > 20) {
            return false;
        }
        String text = AnswerText.fold(answer).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").trim();
        Matcher phrase = DONT_KNOW.matcher(text);
        boolean admits = phrase.find();
        String rest = DONT_KNOW.matcher(text).replaceAll(" ");
        Matcher dodge = DODGE.matcher(rest);
        boolean dodges = dodge.find();
        rest = DODGE.matcher(rest).replaceAll(" ");
        int left = 0;
        for (String word : rest.trim().split("\\s+")) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                left++;
            }
        }
        return admits && left <= 1 || dodges && left == 0;
    }

    /**
     * Most words look like keyboard mashing or impossible spellings (no vowel, a run of five
     * consonants, a key-row run such as "asdf", a letter repeated three times), and hardly any is
     * a known word. Capitalised words are judged only by the strongest signs, so that names from
     * any language pass, and a single word needs a strong sign too.
     */
    static boolean isGibberish(List<Word> words, Set<SkillId> mentioned, SkillExtractor extractor) {
        int lettered = 0;
        int suspicious = 0;
        int strong = 0;
        int known = 0;
        Set<String> distinct = new HashSet<>();
        for (Word word : words) {
            String w = AnswerText.fold(word.text());
            if (!AnswerText.hasLetter(w)) {
                continue;
            }
            lettered++;
            distinct.add(w);
            String key = w.replace("'", "");
            if (AnswerText.STOP.contains(key) || WORK_WORDS.contains(AnswerText.stem(w))
                    || VOWELLESS_WORDS.contains(key) || AnswerText.isAcronym(word.text())) {
                known++;
                continue;
            }
            Sign sign = sign(key, isCapitalised(word.text()));
            if (sign == Sign.STRONG) {
                strong++;
                suspicious++;
            } else if (sign == Sign.WEAK) {
                suspicious++;
            }
        }
        if (lettered == 0) {
            // Digits and symbols only: nothing that could answer an interview question.
            return true;
        }
        if (suspicious * 2 < lettered || known * 4 > lettered || lettered == 1 && strong == 0) {
            return lettered >= 4 && distinct.size() <= 2 && known < lettered && mentioned.isEmpty();
        }
        // Skill names ("k8s", "Xcode") can look odd; an answer that names one is not mashing.
        for (Word word : words) {
            if (!extractor.extract(word.text()).isEmpty()) {
                known++;
            }
        }
        return known * 4 <= lettered && mentioned.isEmpty();
    }

    enum Sign {
        NONE,
        WEAK,
        STRONG
    }

    static Sign sign(String w, boolean capitalised) {
        boolean ascii = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                ascii = false;
                break;
            }
        }
        if (!ascii || w.length() < 2) {
            // Other scripts, numbers inside words and single letters are beyond these rules.
            return Sign.NONE;
        }
        if (keyboardRun(w) || repeatedLetter(w) || repeatedChunk(w)) {
            return Sign.STRONG;
        }
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            vowel |= AnswerText.isVowel(w.charAt(i));
        }
        if (!vowel) {
            return capitalised ? Sign.WEAK : Sign.STRONG;
        }
        if (capitalised) {
            return Sign.NONE;
        }
        int run = 0;
        int longest = 0;
        for (int i = 0; i < w.length(); i++) {
            run = AnswerText.isVowel(w.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        int q = w.indexOf('q');
        boolean qWithoutU = q >= 0 && q + 1 < w.length() && w.charAt(q + 1) != 'u';
        return longest >= 5 || qWithoutU ? Sign.WEAK : Sign.NONE;
    }

    /** Four or more keys in a row on one keyboard row, in either direction ("asdf", "lkjh"). */
    private static boolean keyboardRun(String w) {
        int run = 1;
        int direction = 0;
        for (int i = 1; i < w.length(); i++) {
            int step = rowStep(w.charAt(i - 1), w.charAt(i));
            if (step != 0 && (run == 1 || step == direction)) {
                run++;
                direction = step;
            } else {
                run = step != 0 ? 2 : 1;
                direction = step;
            }
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    private static int rowStep(char a, char b) {
        for (String row : KEYBOARD_ROWS) {
            int i = row.indexOf(a);
            int j = row.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return j - i;
            }
        }
        return 0;
    }

    private static boolean repeatedLetter(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** A chunk of two or three letters three times over: "jkjkjk", "lolol" is not, "abcabcabc" is. */
    private static boolean repeatedChunk(String w) {
        for (int size = 2; size <= 3; size++) {
            for (int start = 0; start + 3 * size <= w.length(); start++) {
                String chunk = w.substring(start, start + size);
                if (w.startsWith(chunk, start + size) && w.startsWith(chunk, start + 2 * size)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !AnswerText.isAcronym(word);
    }

    /**
     * Nearly every content word of the answer comes from the question and it adds next to
     * nothing: a restatement, not an answer.
     */
    static boolean copiesQuestion(Set<String> answerStems, Question question) {
        Set<String> asked = AnswerText.contentStems(question.text());
        if (answerStems.isEmpty() || asked.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String stem : answerStems) {
            if (asked.contains(stem)) {
                shared++;
            }
        }
        int added = answerStems.size() - shared;
        int needed = asked.size() < 2 ? asked.size() : Math.max(2, (int) Math.ceil(asked.size() * 0.6));
        return shared >= needed && added <= shared / 4;
    }

    /**
     * Conservative on purpose: no word shared with the question, the job or working life in
     * general, no skill named, no action, task or result, and enough words to judge by.
     */
    static boolean isOffTopic(Set<String> answerStems, Map<StarPart, List<String>> star, Set<SkillId> mentioned,
            Question question, JobProfile job, SkillExtractor extractor) {
        if (answerStems.size() < 3 || !mentioned.isEmpty() || star.containsKey(StarPart.ACTION)
                || star.containsKey(StarPart.TASK) || star.containsKey(StarPart.RESULT)) {
            return false;
        }
        for (String stem : answerStems) {
            if (WORK_WORDS.contains(stem)) {
                return false;
            }
        }
        StringBuilder vocabulary = new StringBuilder(question.text()).append(' ').append(question.probes())
                .append(' ').append(job.title());
        job.requirements().forEach(r -> vocabulary.append(' ').append(r));
        job.responsibilities().forEach(r -> vocabulary.append(' ').append(r));
        Set<SkillId> skills = new LinkedHashSet<>(job.skills());
        skills.addAll(question.skills());
        for (SkillId id : skills) {
            Optional<Skill> skill = extractor.taxonomy().find(id);
            skill.ifPresent(s -> {
                vocabulary.append(' ').append(s.name());
                s.aliases().forEach(a -> vocabulary.append(' ').append(a));
            });
        }
        Set<String> topic = AnswerText.contentStems(vocabulary.toString());
        for (String stem : answerStems) {
            if (topic.contains(stem)) {
                return false;
            }
        }
        return true;
    }
}

package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the STAR parts of an answer sentence by sentence, from cue phrases and from who does
 * what in which tense. A sentence may show several parts ("I rewrote the query, which cut load
 * time by 60%" is both action and result).
 */
final class Star {
    private static final String NUM = "(?:[$€£]\\s?)?(?:\\d|one\\b|two\\b|three\\b|four\\b|five\\b|six\\b|seven\\b"
            + "|eight\\b|nine\\b|ten\\b|a third|half|a quarter|zero\\b|twice|none\\b)";
    private static final String PERIOD = "(?:year|quarter|month|spring|summer|autumn|fall|winter|semester|term|"
            + "season|january|february|march|april|may|june|july|august|september|october|november|december)";

    private static final WordPhrases SITUATION = WordPhrases.of(
            "when i (?:was|worked|joined|started|took over|first|moved|arrived)\\b",
            "while (?:i was|i worked|working|at)\\b",
            "(?:at|in) (?:my|our) (?:previous|last|current|old|first|former|second|earlier|new) "
                    + "(?:job|role|company|employer|position|workplace|school|hospital|store|team|placement"
                    + "|internship|post|firm|ward|unit|site|practice)\\b",
            "(?:at|in) my (?:previous|last|current) \\w+ (?:job|role|position)\\b",
            "we (?:had|were)\\b",
            "there (?:was|were|had been)\\b",
            "(?:last|this|that|one|in|during|early|late) " + PERIOD + "\\b",
            "in (?:19|20)\\d\\d\\b",
            "(?:a few|several|two|three|four|five|six|\\d+) (?:days|weeks|months|years) ago\\b",
            "during (?:my|a|the|our|an)\\b",
            "on (?:a|one) (?:busy |quiet |late |early )?(?:night|day|morning|evening|weekend|monday|tuesday"
                    + "|wednesday|thursday|friday|saturday|sunday)\\b",
            "(?:our|the|my) (?:\\w+ )?(?:team|company|unit|ward|store|client|department|school|class|site"
                    + "|warehouse|startup|clinic|practice|office|project|business|customer|manager|account|system"
                    + "|page|service) (?:was|were|had|needed|wanted|asked|started)\\b",
            "i was (?:a|an|the|working|looking after|leading|running|managing|on|given|new|one of|based"
                    + "|employed|hired|covering|the only)\\b",
            "i (?:inherited|joined|qualified)\\b",
            "i (?:worked|work) (?:as|at|in|for)\\b",
            "i started (?:as|at|in|out)\\b",
            "(?:faced|facing)\\b",
            "(?:was|were|had been) (?:struggling|failing|behind|losing|late|down|overloaded|understaffed"
                    + "|short-staffed|slow|timing out|dropping|falling|stuck|missing)\\b",
            "(?:had|has|faced|have) (?:a|an|some) (?:\\w+ )?(?:problem|issue|complaint|backlog|outage"
                    + "|incident|challenge|conflict|deadline|crisis)\\b",
            "the (?:problem|issue|challenge|situation|context|background) (?:was|is)\\b",
            "(?:have|'ve) (?:spent|worked|been)\\b",
            "since (?:19|20)\\d\\d\\b");
    private static final Pattern SITUATION_HYPOTHETICAL = Pattern.compile(
            "^(?:if|when|once|should|assuming)\\b|\\bin (?:that|this|such a) (?:case|situation)\\b");

    private static final WordPhrases TASK = WordPhrases.of(
            "my (?:\\w+ )?(?:goal|task|job|responsibility|role|aim|objective|priority|mission|brief|target"
                    + "|challenge|focus|step|concern)(?: \\w+){0,3} (?:was|is|would be|will be|became)\\b",
            "my first (?:step|priority|move|concern|job)\\b",
            "i (?:needed|had|wanted|aimed|set out|was asked|was supposed|was expected|was tasked|was told"
                    + "|have|need|want|aim|hope|plan|intend) to\\b",
            "(?:was|were|been) (?:asked|tasked|assigned|expected|supposed|required|told|hired|brought in) to\\b",
            "i (?:was|am|were) (?:responsible|accountable|in charge|tasked)\\b",
            "(?:the|our) (?:\\w+ )?(?:goal|task|aim|objective|target|priority|deadline|brief|challenge|mission)"
                    + "(?: \\w+){0,2} (?:was|is|would be|became)\\b",
            "it (?:was|is|would be) (?:up to me|my job|my responsibility)\\b",
            "(?:we|i) (?:had|needed|have|need) to\\b",
            "i(?: would|'d| will|'ll) need to\\b",
            "i took (?:ownership|responsibility|charge)\\b",
            "i(?:'m| am) looking (?:for|to)\\b",
            "i(?: would|'d) (?:like|love) to\\b",
            "my (?:goal|aim|ambition|plan|hope) (?:is|for)\\b");

    private static final WordPhrases RESULT = WordPhrases.of(
            "as a result\\b",
            "which (?:led|resulted|meant|allowed|helped|cut|reduced|saved|brought|raised|increased|improved"
                    + "|added|became|prevented|stopped|has|gave|made|freed|halved|doubled)\\b",
            "result(?:ed|ing|s)? in\\b",
            "(?:leading|led) to\\b",
            "the (?:end )?(?:result|outcome|upshot|impact|effect|payoff) (?:was|is|has been)\\b",
            "in the end\\b",
            "by the end\\b",
            "ultimately\\b",
            "end result\\b",
            "within (?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|the first) "
                    + "(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?)\\b(?! to\\b)",
            "(?:closed|delivered|finished|shipped|launched|completed|went out|went live|signed|approved|fixed"
                    + "|resolved)\\b[^.;]{0,30}?\\b(?:on time|early|ahead of|within|under budget|that (?:day|week"
                    + "|afternoon|morning|evening))\\b",
            "(?:was|were|got|been|is|are) (?:promoted|praised|recognized|recognised|adopted|approved"
                    + "|rolled out|renewed|accepted|thanked|fixed|resolved|solved|signed|cleared|stable|happy"
                    + "|satisfied|delighted)\\b",
            "(?:no|zero) (?:more |further |similar |new )?(?:near misses|complaints|incidents|errors?"
                    + "|repeats?|escalations|issues|missed|readmissions|falls|defects|outages|bugs)\\b",
            "(?:dropped|fell|went|down|came) to (?:zero|none|0)\\b",
            "since then\\b",
            "(?:still|now) (?:use|uses|used|using|asks|ask|runs|run|in use|part of)\\b",
            "(?:became|has become|is now|are now) (?:our|the|a|an|standard)\\b",
            "i (?:learned|learnt)\\b",
            "thank(?:ed|s)\\b",
            "won (?:the|a|back|both|over|us)\\b",
            "(?:they|she|he|the client|the customer) signed\\b",
            "(?:stayed|remained) (?:with us|stable|above|below|under|in range)\\b",
            "(?:avoided|prevented)\\b",
            "(?:feedback|rating|score|csat|nps|satisfaction) (?:was|of|went|rose|improved|increased)\\b",
            "(?:met|beat|exceeded|hit|smashed) (?:or beat )?(?:their|the|my|our|his|her) (?:\\w+ )?"
                    + "(?:target|quota|goal|deadline|kpi|budget)s?\\b",
            "(?:this|which|that|it) (?:reduces|cuts|avoids|prevents|ensures|keeps|means|improves|speeds"
                    + "|saves|catches|shows|halves|doubles)\\b");
    /**
     * Changes in numbers: a result when they follow what the candidate did, but the problem
     * itself when they come first ("the error rate jumped from 2% to 9%").
     */
    private static final WordPhrases CHANGE = WordPhrases.of(
            "(?:reduc|increas|improv|cut|grew|grow|rais|rose|lower|boost|decreas|drop|shorten|halv|doubl"
                    + "|tripl|sav|sped|fell|fall|jump|climb|went|reach|exceed|beat|shrank|moved)\\w*\\b"
                    + "[^.;]{0,50}?\\b(?:by|from|to|under|over|above|below)\\s+(?:about |around |roughly |almost "
                    + "|nearly |over |under |just |only |a )?" + NUM,
            "(?:reached|exceeded|achieved|saved|generated|added|cleared|hit)\\b[^.;]{0,40}?" + NUM,
            "\\d+(?:\\.\\d+)?x (?:faster|more|less|cheaper|quicker|fewer)\\b",
            "\\d+ times (?:faster|more|less|fewer|higher|lower|quicker)\\b",
            "sav(?:ed|ing) (?:us|the|them|him|her|about|around|over|roughly|\\d|[$€£])",
            "went (?:from|down|up)\\b");
    private static final Pattern STATE_OF_THINGS = Pattern.compile("\\b(?:was|were|had)\\b");
    private static final Pattern RESULT_EXPLAINED = Pattern.compile("\\bso (?:that|we|i|they|it)\\b");

    private static final Set<String> SUBJECTS = Set.of("i", "we", "i'd", "we'd", "i'll", "we'll", "i've", "we've");
    private static final Set<String> ADVERBS = Set.of("then", "first", "also", "quickly", "immediately",
            "personally", "carefully", "finally", "next", "later", "eventually", "soon", "always", "usually", "often",
            "just", "actually", "basically", "really", "still", "even", "initially", "jointly", "together",
            "directly", "gradually", "proactively", "instead", "therefore", "now", "myself", "only", "already",
            "simply", "both", "all", "straight", "further", "again", "generally", "normally", "typically",
            "definitely", "certainly", "mostly", "quietly", "calmly", "politely", "explicitly", "then,", "thus",
            "successfully", "deliberately", "manually", "recently", "regularly", "once", "twice", "promptly");
    private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "should", "might", "must",
            "may", "shall");
    private static final Set<String> PERFECT = Set.of("have", "had", "has");
    /** Verbs that state, feel or want rather than do. */
    private static final Set<String> NOT_ACTIONS = Set.of("am", "was", "were", "is", "are", "be", "been", "being",
            "had", "has", "have", "do", "does", "did", "think", "thought", "guess", "feel", "felt", "believe",
            "believed", "know", "knew", "known", "mean", "meant", "hope", "hoped", "want", "wanted", "need",
            "needed", "like", "liked", "love", "loved", "enjoy", "enjoyed", "prefer", "preferred", "wish", "wished",
            "suppose", "tend", "tended", "seem", "seemed", "remember", "remembered", "forget", "forgot", "realise",
            "realised", "realize", "realized", "not", "never", "joined", "qualified", "inherited", "got", "get",
            "agree", "hate", "hated", "care", "cared", "try", "tried", "kind", "sort", "always", "guessed",
            "gonna", "wanna", "say", "said", "mentioned", "see", "saw", "find", "look");
    private static final Set<String> IRREGULAR_PAST = Set.of("built", "led", "wrote", "written", "ran", "made",
            "took", "taken", "set", "met", "spoke", "spoken", "sent", "gave", "given", "found", "brought", "began",
            "begun", "drove", "driven", "chose", "chosen", "taught", "caught", "put", "kept", "held", "told", "went",
            "gone", "done", "became", "become", "won", "sold", "bought", "understood", "split", "cut", "read",
            "fed", "paid", "laid", "lent", "left", "lost", "rode", "rose", "sat", "shut", "sought", "spent", "stood",
            "struck", "swept", "threw", "thrown", "undertook", "drew", "drawn", "dealt", "dug", "fought", "flew",
            "froze", "grew", "grown", "heard", "hid", "hit", "hung", "let", "lit", "overcame", "rebuilt", "rewrote",
            "rewritten", "reran", "retook", "shook", "shot", "shown", "slept", "stuck", "tore", "upheld", "woke",
            "wore", "broke", "broken", "came", "beat", "bent", "bound", "fled", "forgave", "hurt", "quit", "sprang",
            "spun", "spread", "withdrew", "oversaw", "overseen", "redrew", "reset", "rang", "rung", "sang", "swam",
            "bet", "cast", "forecast", "upset", "sped", "dove", "wound", "mislaid", "outsold", "rethought");

    private Star() {
    }

    /** The phrase sets, by name, for tests that compare them with their single patterns. */
    static Map<String, WordPhrases> phraseSets() {
        return Map.of("situation", SITUATION, "task", TASK, "result", RESULT, "change", CHANGE);
    }

    static Map<StarPart, List<String>> detect(List<String> sentences, QuestionKind kind) {
        Map<StarPart, List<String>> star = new EnumMap<>(StarPart.class);
        for (String sentence : sentences) {
            String s = AnswerText.fold(sentence);
            boolean situation = SITUATION.in(s)
                    || kind == QuestionKind.SITUATIONAL && SITUATION_HYPOTHETICAL.matcher(s).find();
            boolean task = TASK.in(s);
            boolean action = hasAction(s, kind);
            boolean change = CHANGE.in(s);
            boolean outcome = RESULT.in(s);
            boolean result = outcome || change
                    || (kind == QuestionKind.TECHNICAL || kind == QuestionKind.SITUATIONAL)
                            && RESULT_EXPLAINED.matcher(s).find() && action;
            if (result && !action && change && !outcome && !star.containsKey(StarPart.ACTION)) {
                // Numbers moving before anything was done describe the problem, not the outcome.
                result = false;
                situation = true;
            }
            if (situation) {
                add(star, StarPart.SITUATION, sentence);
            }
            if (task) {
                add(star, StarPart.TASK, sentence);
            }
            if (action) {
                add(star, StarPart.ACTION, sentence);
            }
            if (result) {
                add(star, StarPart.RESULT, sentence);
            }
        }
        sceneFromFirstSentence(sentences, star);
        return star;
    }

    /**
     * An answer that opens with a plain statement of how things were ("The checkout page was
     * timing out every Friday.") sets the scene even without a cue phrase.
     */
    private static void sceneFromFirstSentence(List<String> sentences, Map<StarPart, List<String>> star) {
        if (star.containsKey(StarPart.SITUATION) || sentences.size() < 2 || !star.containsKey(StarPart.ACTION)) {
            return;
        }
        String first = sentences.get(0);
        for (List<String> shown : star.values()) {
            if (shown.contains(first)) {
                return;
            }
        }
        String s = AnswerText.fold(first);
        if (AnswerText.words(s).size() >= 6 && STATE_OF_THINGS.matcher(s).find()) {
            add(star, StarPart.SITUATION, first);
        }
    }

    private static void add(Map<StarPart, List<String>> star, StarPart part, String sentence) {
        star.computeIfAbsent(part, p -> new ArrayList<>()).add(sentence);
    }

    /**
     * A first-person subject doing something. Past actions count for every kind of question;
     * what one would do, or does as a rule, counts only where the question asks for that
     * (situational and technical questions).
     */
    static boolean hasAction(String folded, QuestionKind kind) {
        List<String> tokens = AnswerText.words(folded);
        for (int i = 0; i < tokens.size(); i++) {
            String subject = tokens.get(i);
            if (!SUBJECTS.contains(subject)) {
                continue;
            }
            boolean hypothetical = subject.endsWith("'d") || subject.endsWith("'ll");
            boolean perfect = subject.endsWith("'ve");
            int j = i + 1;
            while (j < tokens.size() && ADVERBS.contains(tokens.get(j))) {
                j++;
            }
            if (j < tokens.size() && MODALS.contains(tokens.get(j))) {
                hypothetical = true;
                j++;
            } else if (j < tokens.size() && PERFECT.contains(tokens.get(j)) && j + 1 < tokens.size()
                    && isPast(tokens.get(j + 1))) {
                perfect = true;
                j++;
            }
            while (j < tokens.size() && ADVERBS.contains(tokens.get(j))) {
                j++;
            }
            if (j >= tokens.size()) {
                continue;
            }
            String verb = tokens.get(j);
            String after = j + 1 < tokens.size() ? tokens.get(j + 1) : "";
            if (verb.endsWith("n't") || NOT_ACTIONS.contains(verb) || !AnswerText.hasLetter(verb)
                    || after.equals("not") || isSettingNotDoing(verb, after)) {
                continue;
            }
            // "I'd" before a past form is "I had"; before a bare verb it is "I would".
            boolean past = isPast(verb) && (!hypothetical || perfect || subject.endsWith("'d"));
            if (past) {
                return true;
            }
            if (kind == QuestionKind.SITUATIONAL || kind == QuestionKind.TECHNICAL) {
                return true;
            }
        }
        return false;
    }

    /** "I worked as a nurse", "I used to": where one was, not what one did. */
    private static boolean isSettingNotDoing(String verb, String after) {
        return switch (verb) {
            case "worked", "work", "started", "stayed", "lived", "moved" -> Set.of("as", "at", "in", "for", "there")
                    .contains(after);
            case "used" -> after.equals("to");
            default -> false;
        };
    }

    private static boolean isPast(String word) {
        return word.length() >= 4 && word.endsWith("ed") || IRREGULAR_PAST.contains(word);
    }

    /** The parts in the order they first appear; parts first shown by the same sentence in STAR order. */
    static List<StarPart> order(Map<StarPart, List<String>> star, List<String> sentences) {
        List<StarPart> parts = new ArrayList<>(star.keySet());
        parts.sort((a, b) -> {
            int byPosition = Integer.compare(sentences.indexOf(star.get(a).get(0)),
                    sentences.indexOf(star.get(b).get(0)));
            return byPosition != 0 ? byPosition : a.compareTo(b);
        });
        return List.copyOf(parts);
    }
}

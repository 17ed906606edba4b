package tech.jobbot.adapters.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a posting's lines into clauses that read well inside a question: a responsibility becomes
 * a verb phrase ("design REST APIs for payments") that fits after "how you would", a requirement
 * becomes a noun phrase ("proficiency in Excel") that fits after "the role asks for". Postings are
 * written every which way, so these are heuristics tuned to the common shapes, and they shorten
 * rather than invent: every word they return comes from the posting, apart from a few fixed
 * connectives ("be responsible for", "the ability to").
 */
final class Phrases {
    static final int MAX_CLAUSE = 120;

    private static final int MIN_CUT = 30;
    private static final List<String> STRONG_BREAKS = List.of(", including ", " including ", " such as ", ", e.g.",
            " e.g. ", " — ", " – ", " - ", ", which ", ", where ", ", while ", ", so that ", " so that ",
            " to ensure ", " in order to ", "; ");
    private static final Set<String> DANGLING = Set.of("and", "or", "the", "of", "to", "with", "for", "in", "a", "an",
            "on", "at", "by", "from", "including", "such", "as", "our", "your", "their", "its", "into", "across", "&");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "incl", "vs", "approx", "min", "max",
            "no", "dept", "st", "dr", "u.s", "u.k");

    private static final List<String> RESPONSIBILITY_PREFIXES = List.of("you will be responsible for ",
            "you'll be responsible for ", "will be responsible for ", "be responsible for ", "responsible for ",
            "accountable for ", "you will be ", "you'll be ", "we need you to ", "you will ", "you'll ", "will ",
            "to ");
    private static final Set<String> BE_PREFIXES = Set.of("you will be ", "you'll be ");
    private static final Set<String> NOUN_STARTS = Set.of("the", "a", "an", "our", "all", "any", "each", "every",
            "this", "these", "those", "your", "their", "its", "some", "various", "multiple", "new", "daily", "weekly",
            "monthly", "quarterly", "annual", "ongoing", "overall", "key", "strong", "excellent", "high", "other",
            "day-to-day", "end-to-end", "hands-on", "general", "primary", "main", "regular", "full");
    private static final List<String> COMPOUND_ADJECTIVE_ENDS = List.of("based", "driven", "facing", "level",
            "time", "oriented", "term", "scale", "wide", "related");
    private static final List<String> NOUN_SUFFIXES = List.of("tion", "sion", "ment", "ship", "ance", "ence", "ity",
            "ness", "ism", "ogy", "ics", "ery", "ure", "ist");
    private static final Set<String> VERBS_LOOKING_LIKE_NOUNS = Set.of("ensure", "secure", "measure", "configure",
            "procure", "capture", "structure", "feature", "nurture", "assist", "resist", "insist", "persist", "deliver",
            "query", "mention", "question", "function", "position", "partition", "audition", "complement", "implement",
            "document", "supplement", "experiment", "segment", "comment", "augment", "ferment", "influence",
            "reference", "balance", "finance", "enhance", "advance", "evidence", "sequence", "commission");

    private static final Map<String, String> IRREGULAR_GERUNDS = Map.ofEntries(
            Map.entry("making", "make"), Map.entry("taking", "take"), Map.entry("having", "have"),
            Map.entry("being", "be"), Map.entry("giving", "give"), Map.entry("living", "live"),
            Map.entry("coming", "come"), Map.entry("becoming", "become"), Map.entry("naming", "name"),
            Map.entry("controlling", "control"), Map.entry("patrolling", "patrol"), Map.entry("modelling", "model"),
            Map.entry("labelling", "label"), Map.entry("travelling", "travel"), Map.entry("cancelling", "cancel"),
            Map.entry("counselling", "counsel"), Map.entry("signalling", "signal"), Map.entry("fuelling", "fuel"),
            Map.entry("outlining", "outline"), Map.entry("streamlining", "streamline"),
            Map.entry("determining", "determine"), Map.entry("combining", "combine"),
            Map.entry("examining", "examine"), Map.entry("defining", "define"), Map.entry("refining", "refine"),
            Map.entry("promoting", "promote"), Map.entry("quoting", "quote"), Map.entry("noting", "note"),
            Map.entry("voting", "vote"), Map.entry("writing", "write"), Map.entry("inviting", "invite"),
            Map.entry("uniting", "unite"), Map.entry("citing", "cite"), Map.entry("using", "use"),
            Map.entry("pricing", "price"), Map.entry("typing", "type"), Map.entry("scoping", "scope"),
            Map.entry("coping", "cope"), Map.entry("hoping", "hope"), Map.entry("prototyping", "prototype"),
            Map.entry("shaping", "shape"), Map.entry("wiping", "wipe"), Map.entry("piping", "pipe"),
            Map.entry("closing", "close"), Map.entry("raising", "raise"), Map.entry("praising", "praise"),
            Map.entry("timing", "time"), Map.entry("pairing", "pair"), Map.entry("repairing", "repair"),
            Map.entry("chairing", "chair"), Map.entry("hearing", "hear"), Map.entry("clearing", "clear"),
            Map.entry("bearing", "bear"), Map.entry("wearing", "wear"), Map.entry("gearing", "gear"),
            Map.entry("steering", "steer"), Map.entry("engineering", "engineer"),
            Map.entry("volunteering", "volunteer"),
            Map.entry("visiting", "visit"), Map.entry("editing", "edit"), Map.entry("auditing", "audit"),
            Map.entry("crediting", "credit"), Map.entry("exhibiting", "exhibit"), Map.entry("soliciting", "solicit"),
            Map.entry("eliciting", "elicit"), Map.entry("limiting", "limit"), Map.entry("depositing", "deposit"),
            Map.entry("speaking", "speak"), Map.entry("breaking", "break"),
            Map.entry("seeing", "see"), Map.entry("agreeing", "agree"), Map.entry("guaranteeing", "guarantee"),
            Map.entry("overseeing", "oversee"), Map.entry("focusing", "focus"), Map.entry("streaming", "stream"),
            Map.entry("joining", "join"), Map.entry("training", "train"), Map.entry("maintaining", "maintain"),
            Map.entry("obtaining", "obtain"), Map.entry("explaining", "explain"), Map.entry("containing", "contain"),
            Map.entry("sustaining", "sustain"), Map.entry("retaining", "retain"), Map.entry("attaining", "attain"),
            Map.entry("entertaining", "entertain"), Map.entry("ascertaining", "ascertain"),
            Map.entry("complaining", "complain"), Map.entry("bargaining", "bargain"), Map.entry("draining", "drain"),
            Map.entry("programming", "program"), Map.entry("diagramming", "diagram"), Map.entry("dying", "die"),
            Map.entry("lying", "lie"), Map.entry("tying", "tie"), Map.entry("adding", "add"),
            Map.entry("embedding", "embed"));
    private static final Set<String> JOINS = Set.of("and", "or", "&");
    private static final Set<String> KEEP_DOUBLE = Set.of("ll", "ss", "ff", "zz");
    private static final List<String> ADD_E_ENDINGS = List.of("at", "iz", "yz", "ys", "ag", "eng", "ang", "rg", "dg",
            "v", "c", "ur", "id", "ud", "od", "ut", "rit", "ib", "bl", "dl", "fl", "gl", "kl", "pl", "tl", "zl", "dul",
            "as", "os", "is", "ns", "rs", "ap", "min", "bin", "lin", "mot", "quot", "ov", "iv", "ar", "ir", "ok", "cil",
            "pil", "fil", "rad", "fram", "chin");
    private static final Set<String> NO_E_AFTER = Set.of("ear", "air", "oar", "eak", "ook", "oak", "eir");

    private static final List<String[]> REQUIREMENT_PREFIXES = List.of(
            new String[] {"must be able to ", "the ability to "}, new String[] {"be able to ", "the ability to "},
            new String[] {"able to ", "the ability to "}, new String[] {"ability to ", "the ability to "},
            new String[] {"the ability to ", "the ability to "}, new String[] {"must have ", ""},
            new String[] {"must possess ", ""}, new String[] {"must hold ", ""}, new String[] {"you have ", ""},
            new String[] {"you've got ", ""}, new String[] {"you bring ", ""}, new String[] {"you will have ", ""},
            new String[] {"we're looking for ", ""}, new String[] {"we are looking for ", ""},
            new String[] {"looking for ", ""}, new String[] {"requires ", ""}, new String[] {"have ", ""},
            new String[] {"hold ", ""}, new String[] {"possess ", ""}, new String[] {"must be ", ""},
            new String[] {"you are ", ""}, new String[] {"you're ", ""}, new String[] {"be ", ""});
    private static final List<String[]> ADJECTIVE_TO_NOUN = List.of(
            new String[] {"proficient in ", "proficiency in "}, new String[] {"proficient with ", "proficiency with "},
            new String[] {"familiar with ", "familiarity with "}, new String[] {"experienced in ", "experience in "},
            new String[] {"experienced with ", "experience with "}, new String[] {"fluent in ", "fluency in "},
            new String[] {"knowledgeable about ", "knowledge of "}, new String[] {"knowledgeable in ", "knowledge of "},
            new String[] {"comfortable with ", "comfort with "}, new String[] {"skilled in ", "skill in "},
            new String[] {"skilled at ", "skill at "}, new String[] {"certified in ", "certification in "},
            new String[] {"certified as ", "certification as "}, new String[] {"licensed as ", "a licence as "},
            new String[] {"licensed in ", "a licence in "}, new String[] {"eligible for ", "eligibility for "},
            new String[] {"eligible to ", "eligibility to "}, new String[] {"willing to ", "willingness to "},
            new String[] {"available to ", "availability to "}, new String[] {"capable of ", "the capability of "},
            new String[] {"passionate about ", "a passion for "});
    private static final List<String> REQUIREMENT_TAILS = List.of(" is strongly preferred", " strongly preferred",
            " is preferred", " preferred", " is required", " required", " is a plus", " a plus", " is a bonus",
            " a bonus", " is an advantage", " an advantage", " is desirable", " desirable", " is nice to have",
            " nice to have", " is essential", " essential", " is mandatory", " mandatory");
    private static final Set<String> SINGULAR_OPENINGS = Set.of("degree", "bachelor's", "bachelors", "bachelor",
            "master's", "masters", "master", "licence", "license", "portfolio", "track record", "background",
            "valid", "current", "active", "minimum", "proven", "university", "college", "diploma", "certificate",
            "qualification", "driver's", "full", "clean");
    private static final Set<String> ADJECTIVE_ONLY_STARTS = Set.of("detail-oriented", "organized", "organised",
            "bilingual", "self-motivated", "motivated", "reliable", "flexible", "punctual", "curious", "proactive",
            "empathetic", "resilient", "analytical", "creative", "driven", "collaborative");

    private Phrases() {
    }

    /** The title without location or team suffixes, e.g. "Senior Engineer, Payments (Remote)" → "Senior Engineer". */
    static String title(String title) {
        String text = collapse(title);
        int cut = text.length();
        for (String mark : List.of(" - ", " – ", " — ", " | ", "(", ",")) {
            int at = text.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String core = stripEnd(text.substring(0, cut));
        if (core.isBlank()) {
            core = stripEnd(text);
        }
        return shorten(core, 80);
    }

    /**
     * A responsibility as a verb phrase in the base form, or empty when nothing usable is left.
     *
     * @param names words that keep their capital, such as the job's tool names ("Excel", "Python")
     */
    static Optional<String> responsibility(String line, Set<String> names) {
        String text = clean(line);
        String lower = text.toLowerCase(Locale.ROOT);
        String stripped = "";
        for (String prefix : RESPONSIBILITY_PREFIXES) {
            if (lower.startsWith(prefix)) {
                stripped = prefix;
                text = text.substring(prefix.length());
                break;
            }
        }
        List<String> words = Arrays.asList(text.split(" "));
        if (words.size() < 2) {
            return Optional.empty();
        }
        String first = words.getFirst().replaceAll("[,;:]$", "").toLowerCase(Locale.ROOT);
        boolean nominal = words.get(1).equalsIgnoreCase("of");
        String rest = lowerFirst(text, names);
        // A clause that opens with a name ("Python scripting") cannot open with a verb.
        boolean opensWithName = !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
        String phrase;
        if (isGerund(first) && !nominal) {
            phrase = String.join(" ", baseForms(words));
        } else if (BE_PREFIXES.contains(stripped)) {
            phrase = "be " + rest;
        } else if (stripped.endsWith(" for ") || nominal || opensWithName || looksLikeNoun(first)) {
            // "Responsible for patient care": what follows "for" is a noun phrase, not a verb.
            phrase = "be responsible for " + rest;
        } else {
            phrase = rest;
        }
        return usable(shorten(phrase, MAX_CLAUSE));
    }

    /** A requirement as a noun phrase, or empty when nothing usable is left; {@code names} as above. */
    static Optional<String> requirement(String line, Set<String> names) {
        String text = clean(line);
        String connective = "";
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] prefix : REQUIREMENT_PREFIXES) {
            if (lower.startsWith(prefix[0])) {
                text = text.substring(prefix[0].length());
                connective = prefix[1];
                break;
            }
        }
        lower = text.toLowerCase(Locale.ROOT);
        for (String[] adjective : ADJECTIVE_TO_NOUN) {
            if (lower.startsWith(adjective[0])) {
                text = adjective[1] + text.substring(adjective[0].length());
                connective = "";
                break;
            }
        }
        text = stripTail(text);
        String first = text.split(" ")[0].toLowerCase(Locale.ROOT);
        if (connective.isEmpty() && ADJECTIVE_ONLY_STARTS.contains(first)) {
            connective = "being ";
        }
        String phrase = connective + lowerFirst(text, names);
        if (connective.isEmpty()) {
            phrase = withArticle(phrase);
        }
        if (phrase.split(" ").length < 2) {
            return Optional.empty();
        }
        return usable(shorten(phrase, MAX_CLAUSE));
    }

    // Postings drop articles ("Degree in mathematics", "Active RN licence"); after "the role asks
    // for" the phrase needs one back. Only nouns that are countable and usually singular get it.
    private static String withArticle(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (SINGULAR_OPENINGS.stream().noneMatch(w -> lower.startsWith(w + " ") || lower.equals(w))) {
            return phrase;
        }
        boolean vowelSound = "aeio".indexOf(lower.charAt(0)) >= 0 || lower.startsWith("un") && !lower.startsWith("uni");
        return (vowelSound ? "an " : "a ") + phrase;
    }

    /**
     * A display name as it reads inside a sentence. A taxonomy may write names in sentence case
     * ("Patient assessment", "Budgeting"); those are common nouns and go lower case, while names
     * ("Java", "Six Sigma", "Google Analytics", "SQL") keep their capitals.
     */
    static String inSentence(String name) {
        String[] words = name.split(" ");
        String first = words[0];
        boolean sentenceCase = first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))
                && first.chars().allMatch(c -> Character.isLetter(c) || c == '-');
        if (!sentenceCase) {
            return name;
        }
        boolean commonNoun = words.length > 1
                ? Arrays.stream(words).skip(1).noneMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                : NOUN_SUFFIXES.stream().anyMatch(first::endsWith) || first.endsWith("ing");
        return commonNoun ? Character.toLowerCase(first.charAt(0)) + name.substring(1) : name;
    }

    /** At most {@code max} characters, cut at the most natural break and never mid-word. */
    static String shorten(String text, int max) {
        String s = stripEnd(collapse(text));
        if (s.length() <= max) {
            return s;
        }
        int best = -1;
        for (String mark : STRONG_BREAKS) {
            int at = s.lastIndexOf(mark, max);
            if (at >= MIN_CUT && at > best) {
                best = at;
            }
        }
        if (best < 0) {
            int comma = s.lastIndexOf(", ", max);
            best = comma >= MIN_CUT ? comma : s.lastIndexOf(' ', max);
        }
        if (best <= 0) {
            best = max;
        }
        return dropDangling(s.substring(0, best));
    }

    /** The first sentence of a text, without its closing punctuation. */
    static String firstSentence(String text) {
        String s = collapse(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')
                    && !(c == '.' && endsWithAbbreviation(s, i))) {
                return stripEnd(s.substring(0, i));
            }
        }
        return stripEnd(s);
    }

    /**
     * Lower-cases the first letter unless the first word is an acronym or a name such as "SQL" or
     * "JavaScript", or one of {@code names}.
     */
    static String lowerFirst(String text, Set<String> names) {
        if (text.isEmpty()) {
            return text;
        }
        String word = text.split(" ", 2)[0];
        if (names.contains(word.replaceAll("[^\\p{L}\\p{N}+#.]", ""))
                || names.contains(word.split("-")[0])) {
            return text;
        }
        boolean plainCapitalised = Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).noneMatch(Character::isUpperCase)
                && word.chars().noneMatch(Character::isDigit);
        return plainCapitalised ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && ".,;:!?-–— ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /** "A", "A and B", "A, B and C". */
    static String joinNatural(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.getFirst();
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
        };
    }

    private static String clean(String line) {
        String s = collapse(line);
        s = s.replaceFirst("^([-*•·▪◦>]+|\\d{1,2}[.)])\\s*", "");
        int colon = s.indexOf(": ");
        if (colon > 0 && colon < 40 && s.substring(0, colon).split(" ").length <= 4) {
            s = s.substring(colon + 2);
        }
        s = s.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]", "");
        return firstSentence(s.split(";")[0]);
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static boolean endsWithAbbreviation(String s, int dot) {
        int start = s.lastIndexOf(' ', dot - 1) + 1;
        String word = s.substring(start, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private static String stripPrefix(String text, List<String> prefixes) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    private static String stripTail(String text) {
        String s = stripEnd(text);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String tail : REQUIREMENT_TAILS) {
            if (lower.endsWith(tail) && s.length() > tail.length() + 3) {
                return stripEnd(s.substring(0, s.length() - tail.length()));
            }
        }
        return s;
    }

    private static String dropDangling(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(stripEnd(text).split(" ")));
        while (words.size() > 1 && DANGLING.contains(words.getLast().toLowerCase(Locale.ROOT))) {
            words.removeLast();
        }
        return stripEnd(String.join(" ", words));
    }

    private static Optional<String> usable(String phrase) {
        return phrase.split(" ").length >= 2 ? Optional.of(phrase) : Optional.empty();
    }

    private static boolean looksLikeNoun(String word) {
        if (NOUN_STARTS.contains(word) || Character.isDigit(word.charAt(0))
                || COMPOUND_ADJECTIVE_ENDS.stream().anyMatch(end -> word.endsWith("-" + end))) {
            return true;
        }
        if (VERBS_LOOKING_LIKE_NOUNS.contains(word)) {
            return false;
        }
        return NOUN_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    // Postings list duties as "Designing, building and maintaining pipelines": every gerund that
    // opens the clause or follows "and", "or" or a comma becomes a base verb, so the clause reads
    // "design, build and maintain pipelines".
    private static List<String> baseForms(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = word.replaceAll("[,;]$", "");
            String lowerBare = bare.toLowerCase(Locale.ROOT);
            boolean afterJoin = i > 0 && (words.get(i - 1).endsWith(",") || JOINS.contains(words.get(i - 1)));
            if ((i == 0 || afterJoin) && isGerund(lowerBare)) {
                out.add(baseVerb(lowerBare) + word.substring(bare.length()));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean isGerund(String word) {
        if (!word.endsWith("ing") || word.length() < 5 || !word.chars().allMatch(c -> Character.isLetter(c))) {
            return false;
        }
        String stem = word.substring(0, word.length() - 3);
        return stem.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    static String baseVerb(String gerund) {
        String known = IRREGULAR_GERUNDS.get(gerund);
        if (known != null) {
            return known;
        }
        String stem = gerund.substring(0, gerund.length() - 3);
        if (stem.endsWith("y") || stem.endsWith("e")) {
            return stem;
        }
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !KEEP_DOUBLE.contains(stem.substring(n - 2))) {
            return stem.substring(0, n - 1);
        }
        boolean addE = ADD_E_ENDINGS.stream().anyMatch(stem::endsWith)
                && NO_E_AFTER.stream().noneMatch(stem::endsWith)
                && !stem.endsWith("ss");
        return addE ? stem + "e" : stem;
    }
}

package tech.jobbot.domain.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.jobbot.domain.job.SkillExtractor.Mention;

/**
 * Which skill mentions of one posting line the line marks as optional. The rule, in the order it
 * is applied:
 * <ol>
 * <li><b>Label.</b> A line that starts with an optional label before a colon ("Nice to have:",
 *     "Bonus:", "Preferred qualifications:") makes every skill of the line optional.</li>
 * <li><b>Clauses and pieces.</b> Otherwise a marker never reaches past a full stop, "!", "?" or
 *     semicolon, and each clause is cut into pieces at commas, parentheses, brackets, colons,
 *     slashes, "&amp;", "and" and "or" (never inside a skill's own name).</li>
 * <li><b>Markers.</b> "a plus", "a bonus", "an advantage", "an asset" (after an article and at most
 *     an intensifier), "nice to have", "would be great", "advantageous", "not required" qualify
 *     the skill before them; "ideally", "preferably", "optionally", "bonus points" the skill after
 *     them. "preferred", "preferable", "desired", "desirable", "beneficial" and "optional" count
 *     only as a qualifier: ending their piece ("Tableau preferred", "Tableau is desirable",
 *     "(preferred)"), or before a word for a qualification or a skill ("preferred experience with
 *     Tableau"), never inside other phrases ("preferred supplier", "desired outcomes"), nor after
 *     "not", "as" or "if".</li>
 * <li><b>Binding.</b> A marker qualifies the nearest skill on its side within its piece, else the
 *     nearest on the other side; a piece that is nothing but a marker ("(a plus)", ", preferably")
 *     qualifies the piece next to it.</li>
 * <li><b>Lists.</b> The qualified skill carries the marker to the list it ends (or, for "ideally"
 *     and the like, starts): "Python, SQL and Tableau are a plus" makes all three optional. A list
 *     needs an "and", "or", "/" or "&amp;": commas alone do not make one, since "Strong SQL,
 *     Tableau a plus" or "Must have: SQL, Tableau preferred" are two phrases. Its pieces hold
 *     nothing but the skill on the side facing the marker ("Strong SQL skills, Python and Tableau
 *     are a plus" welcomes Python and Tableau only), and an "and"/"or" met beyond a comma ends the
 *     list at that comma ("SQL and Python, Tableau and Looker are a plus").</li>
 * </ol>
 * So "SQL required, Python preferred", "SQL (required) and Tableau (a plus)" and "Strong SQL,
 * Tableau is a plus" all require SQL and welcome the other skill.
 */
final class OptionalMarkers {
    /** A label such as "Nice to have:" governs the whole line, even across sentences and semicolons. */
    private static final int MAX_LABEL = 40;
    private static final Pattern LABEL = Pattern.compile("\\b(nice to have|good to have|bonus(es)?|plus(es)?"
            + "|preferred|preferable|preferably|desired|desirable|optional|beneficial|advantageous|ideally"
            + "|advantages?|assets?|extras?|not required)\\b");
    private static final String INTENSIFIER = "(?:(?:big|huge|strong|real|great|definite|distinct|major|clear"
            + "|significant|added|nice|valuable) )?";
    /**
     * Matched on lower-case text whose punctuation is folded to spaces. Group 1 qualifies what
     * follows, group 2 what precedes, group 3 only when it stands as a qualifier.
     */
    private static final Pattern MARKER = Pattern.compile("\\b(?:(ideally|preferably|optionally|bonus points?)"
            + "|(nice to have|good to have|an? " + INTENSIFIER + "(?:plus|bonus|advantage|asset)"
            + "|would be (?:great|nice|good|helpful|useful|beneficial|ideal)|advantageous"
            + "|not (?:required|essential|mandatory|necessary))"
            + "|(preferred|preferable|desired|desirable|beneficial|optional))\\b");
    /** Words after which a qualifier word is no marker: "not optional", "as desired", "if preferred". */
    private static final Set<String> NEGATING = Set.of("not", "as", "if");
    /** Words that may follow a qualifier word that ends its phrase: "preferred but not required". */
    private static final Set<String> AFTER_QUALIFIER = Set.of("but", "though", "although", "if", "not", "over",
            "to", "as", "for", "when", "where", "too", "also", "in");
    /** Nouns a qualifier word may stand before and still mark a skill: "preferred experience with X". */
    private static final Set<String> QUALIFICATIONS = Set.of("experience", "skill", "skills", "qualification",
            "qualifications", "knowledge", "familiarity", "exposure", "expertise", "proficiency", "background");
    /** What may stand beside a marker in a piece that is nothing but the marker: "which is a big plus". */
    private static final Set<String> FILLER = Set.of("is", "are", "be", "been", "would", "will", "also", "both",
            "all", "very", "highly", "strongly", "especially", "definitely", "considered", "seen", "as", "a", "an",
            "the", "though", "even", "really", "certainly", "it", "s", "this", "that", "which", "always", "most",
            "more", "much", "still");
    private static final Pattern SEPARATOR = Pattern.compile(
            "[,()\\[\\]:/]|(?<=\\s)&(?=\\s)|\\b(?:and|or)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION = Pattern.compile("[/&]|\\b(?:and|or)\\b", Pattern.CASE_INSENSITIVE);
    /** Abbreviations whose dot does not end a clause ("a language, e.g. Python, is a plus"). */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "eg", "i.e", "ie", "etc", "incl", "vs", "approx",
            "esp", "min", "max");

    private final String line;
    private final String folded;
    private final List<Mention> mentions;
    private final boolean[] optional;

    private OptionalMarkers(String line, List<Mention> mentions) {
        this.line = line;
        this.folded = fold(line);
        this.mentions = mentions;
        this.optional = new boolean[mentions.size()];
    }

    /**
     * For each mention of {@code line}, in order, whether the line marks it optional.
     *
     * @param mentions the skill mentions of {@code line}, in text order, without overlaps
     */
    static boolean[] read(String line, List<Mention> mentions) {
        OptionalMarkers reading = new OptionalMarkers(line, mentions);
        if (reading.labelled()) {
            Arrays.fill(reading.optional, true);
        } else {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || endsClause(line, i)) {
                    reading.readClause(start, i);
                    start = i + 1;
                }
            }
        }
        return reading.optional;
    }

    /**
     * The line as lower-case letters and digits with everything else a space, of the same length,
     * so that offsets into it are offsets into the line.
     */
    private static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            chars[i] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
        }
        return new String(chars);
    }

    private boolean labelled() {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= MAX_LABEL && mentions.stream().noneMatch(m -> m.start() < colon)
                && LABEL.matcher(folded.substring(0, colon)).find();
    }

    private void readClause(int start, int end) {
        List<Piece> pieces = pieces(start, end);
        for (int p = 0; p < pieces.size(); p++) {
            for (Marker marker : pieces.get(p).markers()) {
                bind(pieces, p, marker);
            }
        }
    }

    /** The clause cut at separators, keeping only pieces with a letter or digit. */
    private List<Piece> pieces(int start, int end) {
        List<int[]> spans = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(line).region(start, end);
        int cursor = start;
        while (separator.find()) {
            if (insideMention(separator.start())) {
                continue;
            }
            spans.add(new int[] {cursor, separator.start()});
            cursor = separator.end();
        }
        spans.add(new int[] {cursor, end});
        List<Piece> pieces = new ArrayList<>();
        int previousEnd = -1;
        for (int[] span : spans) {
            int from = span[0];
            int to = span[1];
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (!hasText(from, to)) {
                continue;
            }
            Joint joint = previousEnd < 0 ? Joint.OTHER : joint(line.substring(previousEnd, from));
            pieces.add(piece(from, to, joint));
            previousEnd = to;
        }
        return pieces;
    }

    private boolean insideMention(int offset) {
        return mentions.stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    private static Joint joint(String between) {
        if (CONJUNCTION.matcher(between).find()) {
            return Joint.CONJUNCTION;
        }
        return between.indexOf(',') >= 0 ? Joint.COMMA : Joint.OTHER;
    }

    private Piece piece(int from, int to, Joint before) {
        List<Integer> inPiece = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            if (mentions.get(m).start() >= from && mentions.get(m).end() <= to) {
                inPiece.add(m);
            }
        }
        List<Marker> markers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(folded).region(from, to);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                if (!NEGATING.contains(wordBefore(matcher.start(), from))) {
                    markers.add(new Marker(matcher.start(), matcher.end(), true));
                }
            } else if (matcher.group(2) != null) {
                if (matcher.group(2).startsWith("not ") || !"not".equals(wordBefore(matcher.start(), from))) {
                    markers.add(new Marker(matcher.start(), matcher.end(), false));
                }
            } else if (!NEGATING.contains(wordBefore(matcher.start(), from))) {
                qualifier(matcher.end(), to).ifPresent(forward ->
                        markers.add(new Marker(matcher.start(), matcher.end(), forward)));
            }
        }
        return new Piece(from, to, before, inPiece, markers);
    }

    /**
     * Whether a qualifier word ending at {@code end} is a marker, and which way: empty inside
     * another phrase ("preferred supplier"), backward when it ends its phrase ("Tableau
     * preferred"), forward before a qualification or a skill ("preferred experience with Tableau").
     */
    private Optional<Boolean> qualifier(int end, int pieceEnd) {
        int next = end;
        while (next < pieceEnd && folded.charAt(next) == ' ') {
            next++;
        }
        if (next == pieceEnd) {
            return Optional.of(false);
        }
        int wordEnd = next;
        while (wordEnd < pieceEnd && folded.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        String word = folded.substring(next, wordEnd);
        int at = next;
        if (QUALIFICATIONS.contains(word) || mentions.stream().anyMatch(m -> m.start() == at)) {
            return Optional.of(true);
        }
        return AFTER_QUALIFIER.contains(word) ? Optional.of(false) : Optional.empty();
    }

    private String wordBefore(int start, int pieceStart) {
        int end = start;
        while (end > pieceStart && folded.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > pieceStart && folded.charAt(begin - 1) != ' ') {
            begin--;
        }
        return folded.substring(begin, end);
    }

    /** Marks the skill {@code marker} qualifies, and the list that skill belongs to. */
    private void bind(List<Piece> pieces, int p, Marker marker) {
        Piece piece = pieces.get(p);
        Integer before = null;
        Integer after = null;
        for (int m : piece.mentions()) {
            if (mentions.get(m).end() <= marker.start()) {
                before = m;
            } else if (after == null && mentions.get(m).start() >= marker.end()) {
                after = m;
            }
        }
        if (marker.forward() && after != null) {
            extendForward(pieces, p, after);
        } else if (before != null) {
            extendBackward(pieces, p, before);
        } else if (after != null) {
            extendForward(pieces, p, after);
        } else if (markerOnly(piece)) {
            boolean hasPrevious = p > 0 && !pieces.get(p - 1).mentions().isEmpty();
            boolean hasNext = p + 1 < pieces.size() && !pieces.get(p + 1).mentions().isEmpty();
            if (hasNext && (marker.forward() || !hasPrevious)) {
                extendForward(pieces, p + 1, pieces.get(p + 1).mentions().getFirst());
            } else if (hasPrevious) {
                extendBackward(pieces, p - 1, pieces.get(p - 1).mentions().getLast());
            }
        }
    }

    /**
     * Marks {@code mention} and, when it opens its piece, the list it ends: earlier pieces that
     * end with a skill, joined by "and"/"or"/"/" and then by commas ("Python, SQL and Tableau",
     * "Python/SQL/Tableau").
     */
    private void extendBackward(List<Piece> pieces, int p, int mention) {
        optional[mention] = true;
        if (hasText(pieces.get(p).start(), mentions.get(mention).start())) {
            return;
        }
        List<Piece> afterComma = new ArrayList<>();
        for (int q = p - 1; q >= 0; q--) {
            Piece item = pieces.get(q);
            Joint joint = pieces.get(q + 1).before();
            if (joint == Joint.OTHER || !item.listItem() || hasText(mentions.get(item.mentions().getLast()).end(),
                    item.end()) || joint == Joint.COMMA && q == p - 1) {
                break;
            }
            if (joint == Joint.CONJUNCTION) {
                if (!afterComma.isEmpty()) {
                    // "SQL and Python, Tableau and Looker a plus": the comma began a new phrase.
                    afterComma.clear();
                    break;
                }
                markAll(item);
            } else {
                afterComma.add(item);
            }
        }
        afterComma.forEach(this::markAll);
    }

    /**
     * Marks {@code mention} and, when it closes its piece, the list it starts: later pieces that
     * start with a skill, joined by commas up to one "and"/"or" ("ideally Tableau, Looker or Power
     * BI").
     */
    private void extendForward(List<Piece> pieces, int p, int mention) {
        optional[mention] = true;
        if (hasText(mentions.get(mention).end(), pieces.get(p).end())) {
            return;
        }
        List<Piece> beforeConjunction = new ArrayList<>();
        for (int q = p + 1; q < pieces.size(); q++) {
            Piece item = pieces.get(q);
            Joint joint = item.before();
            if (joint == Joint.OTHER || !item.listItem() || hasText(item.start(),
                    mentions.get(item.mentions().getFirst()).start())) {
                return;
            }
            beforeConjunction.add(item);
            if (joint == Joint.CONJUNCTION) {
                beforeConjunction.forEach(this::markAll);
                return;
            }
        }
    }

    private void markAll(Piece piece) {
        piece.mentions().forEach(m -> optional[m] = true);
    }

    private boolean markerOnly(Piece piece) {
        StringBuilder rest = new StringBuilder(folded.substring(piece.start(), piece.end()));
        for (Marker marker : piece.markers()) {
            for (int i = marker.start(); i < marker.end(); i++) {
                rest.setCharAt(i - piece.start(), ' ');
            }
        }
        for (String word : rest.toString().strip().split(" +")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (folded.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String line, int i) {
        char c = line.charAt(i);
        if (c == ';') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(line.charAt(wordStart - 1)) || line.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        return !ABBREVIATIONS.contains(line.substring(wordStart, i).toLowerCase(Locale.ROOT));
    }

    /** How a piece is joined to the one before it. */
    private enum Joint {
        CONJUNCTION,
        COMMA,
        /** A parenthesis, bracket or colon, or the start of the clause: never inside a list. */
        OTHER
    }

    private record Marker(int start, int end, boolean forward) {
    }

    private record Piece(int start, int end, Joint before, List<Integer> mentions, List<Marker> markers) {
        /** A skill with no marker of its own can be part of another skill's list. */
        boolean listItem() {
            return !mentions.isEmpty() && markers.isEmpty();
        }
    }
}

package tech.jobbot.domain.interview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores an analysed answer from the analysis only, so the same answer gets the same scores
 * whichever model writes the narrative, and each point can be traced to a rule. Most of the
 * arithmetic is on integers; relevance, the ownership share and the fluency rate are doubles,
 * each rounded to a whole number of points ({@link Math#round}) before it is added to anything.
 * Java's floating point has been strict IEEE 754 on every platform since Java 17, so those are
 * as repeatable as the integers.
 *
 * <p>Dimensions, each 0–100:
 * <ul>
 * <li><b>relevance</b>: the analysis' relevance, as a percentage.</li>
 * <li><b>structure</b>: the STAR parts the question kind calls for, weighted by kind (below),
 *     times an order factor: 100% when the parts come in STAR order, down to 80% the more they
 *     are out of order.</li>
 * <li><b>specificity</b>: 18 per quantity (number, money, percentage, duration, count; up to 3),
 *     12 per named thing (tool, product, place, acronym; up to 3) and 12 per job skill shown
 *     (up to 3), capped at 100.</li>
 * <li><b>impact</b>: a stated result (30, or 40 with two result sentences), a result with a
 *     number in it (25), an action described (10) and the ownership of it (up to 25: none at
 *     20% "I" or less, all at 80% or more).</li>
 * <li><b>communication</b>: length (55 anywhere from 80 to 350 words, rising from 0 at 15
 *     words; past 350, one point less per 10 words, to no less than 25) plus fluency (45, less
 *     15 per filler or hedge per 100 words, scaled down for answers under 80 words).</li>
 * </ul>
 *
 * <p>STAR weights (situation/task/action/result): behavioral 20/15/35/30, situational
 * 15/20/40/25, technical 10/10/50/30, motivational 30/30/20/20. A technical answer is mostly
 * how and what came of it; a motivational one is mostly where one comes from and what one wants.
 *
 * <p><b>Overall</b> = 20% relevance + 25% structure + 20% specificity + 20% impact + 15%
 * communication, rounded. Structure weighs most because a clear story is what interviewers
 * remember; communication least because delivery is judged from text only.
 *
 * <p>A non-answer scores at most 10 on every dimension and overall.
 */
public final class Scoring {
    static final int RELEVANCE_WEIGHT = 20;
    static final int STRUCTURE_WEIGHT = 25;
    static final int SPECIFICITY_WEIGHT = 20;
    static final int IMPACT_WEIGHT = 20;
    static final int COMMUNICATION_WEIGHT = 15;
    static final int NON_ANSWER_CAP = 10;
    static final int SHORTEST_GOOD_LENGTH = 80;
    static final int LONGEST_GOOD_LENGTH = 350;

    private static final Pattern QUANTITY = Pattern.compile(
            "\\d|%|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
                    + "|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|half|twice|doubled|tripled|halved"
                    + "|third|quarter)\\b",
            Pattern.CASE_INSENSITIVE);

    private Scoring() {
    }

    /** The scores of an analysed answer to the question; the question's kind sets the STAR weights. */
    public static Scores score(AnswerAnalysis analysis, Question question) {
        int relevance = (int) Math.round(analysis.relevance() * 100);
        int structure = structure(analysis, question.kind());
        int specificity = specificity(analysis);
        int impact = impact(analysis);
        int communication = communication(analysis);
        if (analysis.nonAnswer().isPresent()) {
            relevance = Math.min(relevance, NON_ANSWER_CAP);
            structure = Math.min(structure, NON_ANSWER_CAP);
            specificity = Math.min(specificity, NON_ANSWER_CAP);
            impact = Math.min(impact, NON_ANSWER_CAP);
            communication = Math.min(communication, NON_ANSWER_CAP);
        }
        int weighted = RELEVANCE_WEIGHT * relevance + STRUCTURE_WEIGHT * structure
                + SPECIFICITY_WEIGHT * specificity + IMPACT_WEIGHT * impact + COMMUNICATION_WEIGHT * communication;
        int overall = (weighted + 50) / 100;
        return new Scores(clamp(overall), clamp(relevance), clamp(structure), clamp(specificity), clamp(impact),
                clamp(communication));
    }

    /** How much each STAR part is worth for a kind of question; the four add up to 100. */
    static Map<StarPart, Integer> starWeights(QuestionKind kind) {
        int[] w = switch (kind) {
            case BEHAVIORAL -> new int[] {20, 15, 35, 30};
            case SITUATIONAL -> new int[] {15, 20, 40, 25};
            case TECHNICAL -> new int[] {10, 10, 50, 30};
            case MOTIVATIONAL -> new int[] {30, 30, 20, 20};
        };
        Map<StarPart, Integer> weights = new EnumMap<>(StarPart.class);
        weights.put(StarPart.SITUATION, w[0]);
        weights.put(StarPart.TASK, w[1]);
        weights.put(StarPart.ACTION, w[2]);
        weights.put(StarPart.RESULT, w[3]);
        return weights;
    }

    static int structure(AnswerAnalysis analysis, QuestionKind kind) {
        Map<StarPart, Integer> weights = starWeights(kind);
        int completeness = 0;
        for (StarPart part : analysis.star().keySet()) {
            completeness += weights.get(part);
        }
        List<StarPart> order = analysis.starOrder();
        int inOrder = longestInOrder(order);
        // 80 + 20 * (parts in order / parts): full marks when the story runs S, T, A, R.
        int factor = order.size() < 2 ? 100 : 80 + 20 * inOrder / order.size();
        return completeness * factor / 100;
    }

    /** Length of the longest subsequence that follows STAR order. */
    private static int longestInOrder(List<StarPart> order) {
        int[] best = new int[order.size()];
        int longest = 0;
        for (int i = 0; i < order.size(); i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (order.get(j).compareTo(order.get(i)) < 0) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            longest = Math.max(longest, best[i]);
        }
        return longest;
    }

    static int specificity(AnswerAnalysis analysis) {
        int quantities = 0;
        int names = 0;
        for (String specific : analysis.specifics()) {
            if (isQuantity(specific)) {
                quantities++;
            } else {
                names++;
            }
        }
        int skills = analysis.skillsShown().size();
        return Math.min(100, 18 * Math.min(quantities, 3) + 12 * Math.min(names, 3) + 12 * Math.min(skills, 3));
    }

    static boolean isQuantity(String specific) {
        return QUANTITY.matcher(specific).find();
    }

    static int impact(AnswerAnalysis analysis) {
        List<String> results = analysis.star().getOrDefault(StarPart.RESULT, List.of());
        int stated = results.isEmpty() ? 0 : results.size() == 1 ? 30 : 40;
        boolean measured = false;
        for (String sentence : results) {
            measured |= isQuantity(sentence);
        }
        // Ownership is of actions: with none described there is nothing to own.
        boolean acted = analysis.star().containsKey(StarPart.ACTION);
        double share = Math.max(0, Math.min(1, (analysis.ownership() - 0.2) / 0.6));
        int ownership = acted ? (int) Math.round(25 * share) : 0;
        return Math.min(100, stated + (measured ? 25 : 0) + ownership + (acted ? 10 : 0));
    }

    static int communication(AnswerAnalysis analysis) {
        int words = analysis.wordCount();
        int length;
        if (words < SHORTEST_GOOD_LENGTH) {
            length = 55 * Math.max(0, words - 15) / (SHORTEST_GOOD_LENGTH - 15);
        } else if (words <= LONGEST_GOOD_LENGTH) {
            length = 55;
        } else {
            length = Math.max(25, 55 - (words - LONGEST_GOOD_LENGTH) / 10);
        }
        int slips = analysis.fillers().size() + analysis.hedges().size();
        double perHundred = slips * 100.0 / Math.max(words, 60);
        double fluency = Math.max(0, 45 - 15 * perHundred) * Math.min(1.0, words / (double) SHORTEST_GOOD_LENGTH);
        return length + (int) Math.round(fluency);
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(100, score));
    }
}

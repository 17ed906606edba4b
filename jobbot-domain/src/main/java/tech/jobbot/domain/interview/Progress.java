package tech.jobbot.domain.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a person's scores move across interviews: the overall score and each competency as a
 * series of dated points, oldest first, with the trend of each. Computed from reports alone, so
 * the same reports always give the same progress.
 *
 * @param overall          each interview's overall score
 * @param perCompetency    each competency's score in the interviews that assessed it
 * @param overallTrend     the trend of {@code overall}
 * @param competencyTrends the trend of each competency's series
 */
public record Progress(List<Point> overall, Map<Competency, List<Point>> perCompetency, Trend overallTrend,
        Map<Competency, Trend> competencyTrends) {

    /** A change smaller than this many points per interview is noise rather than a direction. */
    public static final double STEADY_BAND = 2.0;

    public Progress {
        overall = List.copyOf(overall);
        Map<Competency, List<Point>> series = new EnumMap<>(Competency.class);
        perCompetency.forEach((k, v) -> series.put(k, List.copyOf(v)));
        perCompetency = Collections.unmodifiableMap(series);
        Objects.requireNonNull(overallTrend, "overallTrend");
        Map<Competency, Trend> trends = new EnumMap<>(Competency.class);
        trends.putAll(competencyTrends);
        competencyTrends = Collections.unmodifiableMap(trends);
        if (!perCompetency.keySet().equals(competencyTrends.keySet())) {
            throw new IllegalArgumentException("each competency with a series has a trend, and only those");
        }
    }

    /** Progress from a person's finished interviews, given in any order. */
    public static Progress of(List<DatedReport> reports) {
        List<DatedReport> sorted = new ArrayList<>(reports);
        // A stable sort: reports finished at the same instant keep the order they were given in.
        sorted.sort(Comparator.comparing(DatedReport::finishedAt));
        List<Point> overall = new ArrayList<>();
        Map<Competency, List<Point>> perCompetency = new LinkedHashMap<>();
        for (DatedReport dated : sorted) {
            overall.add(new Point(dated.finishedAt(), dated.report().overall()));
            for (Competency competency : Competency.values()) {
                Integer score = dated.report().perCompetency().get(competency);
                if (score != null) {
                    perCompetency.computeIfAbsent(competency, k -> new ArrayList<>())
                            .add(new Point(dated.finishedAt(), score));
                }
            }
        }
        Map<Competency, Trend> trends = new EnumMap<>(Competency.class);
        perCompetency.forEach((k, v) -> trends.put(k, Trend.of(v)));
        return new Progress(overall, perCompetency, Trend.of(overall), trends);
    }

    /** One interview's score, dated. */
    public record Point(Instant at, int score) {
        public Point {
            Objects.requireNonNull(at, "at");
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("scores are 0 to 100");
            }
        }
    }

    public enum Direction {
        IMPROVING,
        STEADY,
        DECLINING,
        TOO_FEW_INTERVIEWS
    }

    /**
     * Where a series is heading.
     *
     * @param change             latest score minus the first
     * @param slopePerInterview  least-squares slope in points per interview, so one lucky
     *                           interview moves it less than it moves {@code change}
     */
    public record Trend(Direction direction, int change, double slopePerInterview) {
        public Trend {
            Objects.requireNonNull(direction, "direction");
        }

        static Trend of(List<Point> points) {
            int n = points.size();
            if (n < 2) {
                return new Trend(Direction.TOO_FEW_INTERVIEWS, 0, 0.0);
            }
            double meanX = (n - 1) / 2.0;
            double meanY = points.stream().mapToInt(Point::score).average().orElse(0);
            double covariance = 0;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                covariance += (i - meanX) * (points.get(i).score() - meanY);
                variance += (i - meanX) * (i - meanX);
            }
            double slope = covariance / variance;
            Direction direction = slope >= STEADY_BAND ? Direction.IMPROVING
                    : slope <= -STEADY_BAND ? Direction.DECLINING : Direction.STEADY;
            return new Trend(direction, points.get(n - 1).score() - points.get(0).score(), slope);
        }
    }
}

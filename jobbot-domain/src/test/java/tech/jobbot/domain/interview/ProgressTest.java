package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.interview.Progress.Direction;
import tech.jobbot.domain.interview.Progress.Point;

class ProgressTest {
    private static final Instant JAN = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-10T09:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-10T09:00:00Z");

    private static DatedReport report(Instant at, int overall, Map<Competency, Integer> perCompetency) {
        return new DatedReport(at, new InterviewReport(overall, perCompetency, List.of(), List.of(), List.of(),
                List.of(), ""));
    }

    @Test
    void given_reports_in_any_order_then_the_series_run_oldest_first() {
        Progress progress = Progress.of(List.of(
                report(MAR, 70, Map.of(Competency.LEADERSHIP, 75)),
                report(JAN, 40, Map.of(Competency.LEADERSHIP, 35, Competency.MOTIVATION, 50)),
                report(FEB, 55, Map.of(Competency.LEADERSHIP, 60))));
        assertEquals(List.of(new Point(JAN, 40), new Point(FEB, 55), new Point(MAR, 70)), progress.overall());
        assertEquals(List.of(new Point(JAN, 35), new Point(FEB, 60), new Point(MAR, 75)),
                progress.perCompetency().get(Competency.LEADERSHIP));
    }

    @Test
    void a_competency_has_points_only_for_the_interviews_that_assessed_it() {
        Progress progress = Progress.of(List.of(
                report(JAN, 40, Map.of(Competency.MOTIVATION, 50)),
                report(FEB, 55, Map.of(Competency.LEADERSHIP, 60))));
        assertEquals(List.of(new Point(JAN, 50)), progress.perCompetency().get(Competency.MOTIVATION));
        assertEquals(Direction.TOO_FEW_INTERVIEWS, progress.competencyTrends().get(Competency.MOTIVATION).direction());
        assertTrue(!progress.perCompetency().containsKey(Competency.COLLABORATION));
    }

    @Test
    void given_rising_scores_then_the_trend_is_improving_with_its_slope_and_change() {
        Progress progress = Progress.of(List.of(report(JAN, 40, Map.of()), report(FEB, 50, Map.of()),
                report(MAR, 60, Map.of())));
        assertEquals(new Progress.Trend(Direction.IMPROVING, 20, 10.0), progress.overallTrend());
    }

    @Test
    void given_falling_or_flat_scores_then_the_trend_says_so() {
        assertEquals(Direction.DECLINING, Progress.of(List.of(report(JAN, 70, Map.of()), report(FEB, 60, Map.of())))
                .overallTrend().direction());
        assertEquals(Direction.STEADY, Progress.of(List.of(report(JAN, 60, Map.of()), report(FEB, 61, Map.of()),
                report(MAR, 59, Map.of()))).overallTrend().direction());
    }

    @Test
    void one_lucky_interview_moves_the_slope_less_than_the_change() {
        Progress.Trend trend = Progress.of(List.of(report(JAN, 50, Map.of()), report(FEB, 50, Map.of()),
                report(MAR, 50, Map.of()), report(MAR.plusSeconds(60), 80, Map.of()))).overallTrend();
        assertEquals(30, trend.change());
        assertEquals(9.0, trend.slopePerInterview(), 1e-9);
    }

    @Test
    void given_no_reports_then_there_is_no_progress_yet() {
        Progress progress = Progress.of(List.of());
        assertEquals(List.of(), progress.overall());
        assertEquals(Direction.TOO_FEW_INTERVIEWS, progress.overallTrend().direction());
    }

    @Test
    void reports_finished_at_the_same_instant_keep_their_given_order() {
        Progress progress = Progress.of(List.of(report(JAN, 10, Map.of()), report(JAN, 20, Map.of())));
        assertEquals(List.of(new Point(JAN, 10), new Point(JAN, 20)), progress.overall());
    }

    @Test
    void a_dated_report_needs_its_date_and_report() {
        assertThrows(NullPointerException.class, () -> new DatedReport(null, report(JAN, 1, Map.of()).report()));
        assertThrows(NullPointerException.class, () -> new DatedReport(JAN, null));
    }

    @Property
    void progress_keeps_every_report_and_the_change_is_last_minus_first(
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 100) Integer> scores) {
        List<DatedReport> reports = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            reports.add(report(JAN.plusSeconds(86_400L * i), scores.get(i), Map.of(Competency.COMMUNICATION,
                    scores.get(i))));
        }
        Progress progress = Progress.of(reports);
        assertEquals(scores, progress.overall().stream().map(Point::score).toList());
        if (scores.size() >= 2) {
            assertEquals(scores.get(scores.size() - 1) - scores.get(0), progress.overallTrend().change());
            assertEquals(progress.overallTrend(), progress.competencyTrends().get(Competency.COMMUNICATION));
        }
    }
}

package tech.jobbot.server.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tech.jobbot.domain.interview.Progress;

/** Progress over time as JSON: series of dated scores, overall and per competency, with their trends. */
final class ProgressView {
    private ProgressView() {
    }

    static Map<String, Object> of(Progress progress) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interviews", progress.overall().size());
        m.put("overall", series(progress.overall(), progress.overallTrend()));
        Map<String, Object> competencies = new LinkedHashMap<>();
        progress.perCompetency().forEach((competency, points) -> competencies.put(competency.apiName(),
                series(points, progress.competencyTrends().get(competency))));
        m.put("competencies", competencies);
        return m;
    }

    private static Map<String, Object> series(List<Progress.Point> points, Progress.Trend trend) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", points.stream().map(p -> Map.of("at", p.at(), "score", p.score())).toList());
        m.put("trend", trend.direction().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("change", trend.change());
        return m;
    }
}

package tech.jobbot.adapters.embedded.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.jobbot.ports.out.interview.FeedbackNarrative;

/** Keeps the benchmark runnable: each measured operation works once, without starting JMH. */
class InterviewerBenchmarkSmokeTest {
    @Test
    void every_benchmarked_operation_runs_and_the_strong_answer_scores_well() {
        InterviewerBenchmark benchmark = new InterviewerBenchmark();
        benchmark.setUp();

        assertEquals(6, benchmark.planSixQuestions().size());
        assertEquals(12, benchmark.planTwelveQuestions().size());
        FeedbackNarrative full = benchmark.feedbackFor500WordAnswer();
        assertFalse(full.narrative().isBlank());
        assertFalse(full.outline().isBlank());
        assertEquals(full, benchmark.narrateOnly());
        assertTrue(benchmark.analyzeOnly().wordCount() >= 480);
        assertTrue(full.narrative().contains("/100"), full.narrative());
    }
}

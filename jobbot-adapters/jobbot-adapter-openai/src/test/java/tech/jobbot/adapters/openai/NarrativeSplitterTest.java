package tech.jobbot.adapters.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tech.jobbot.ports.out.interview.FeedbackNarrative;

class NarrativeSplitterTest {
    private final List<String> passedOn = new ArrayList<>();
    private final NarrativeSplitter splitter = new NarrativeSplitter(passedOn::add);

    @Test
    void a_marker_split_across_chunks_is_still_found_and_never_passed_on() {
        feed("Good start.\nO", "UTL", "INE", ":", " - first\n- second");

        FeedbackNarrative result = splitter.finish();

        assertEquals("Good start.", result.narrative());
        assertEquals("- first\n- second", result.outline());
        assertEquals("Good start.\n", String.join("", passedOn));
    }

    @Test
    void a_marker_in_bold_or_as_a_heading_counts() {
        feed("Fine.\n\n**Outline:**\n- a\n- b");

        FeedbackNarrative result = splitter.finish();

        assertEquals("Fine.", result.narrative());
        assertEquals("- a\n- b", result.outline());
    }

    @Test
    void the_word_outline_inside_a_line_is_narrative() {
        feed("Your OUTLINE: was clear.\nOUTPUT matters too.");

        FeedbackNarrative result = splitter.finish();

        assertEquals("Your OUTLINE: was clear.\nOUTPUT matters too.", result.narrative());
        assertEquals("", result.outline());
        assertEquals(result.narrative(), String.join("", passedOn));
    }

    @Test
    void a_held_line_start_is_passed_on_when_the_reply_ends() {
        feed("Keep going.\nOUT");

        FeedbackNarrative result = splitter.finish();

        assertEquals("Keep going.\nOUT", result.narrative());
        assertEquals(List.of("Keep going.\n", "OUT"), passedOn);
    }

    private void feed(String... chunks) {
        for (String chunk : chunks) {
            splitter.accept(chunk);
        }
    }
}

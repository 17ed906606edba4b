package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void html_escaped_twice_is_unescaped_before_it_is_read() {
        assertEquals("- Java\n- Go", PlainText.ofMarkup("&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Java&amp;lt;/li&amp;gt;"
                + "&amp;lt;li&amp;gt;Go&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;", 1_000));
    }

    @Test
    void entities_in_plain_text_are_decoded_but_stray_angle_brackets_stay() {
        assertEquals("R&D budget < 2M", PlainText.ofMarkup("R&amp;D budget < 2M", 1_000));
    }

    @Test
    void preformatted_text_keeps_its_line_breaks_and_table_cells_stay_apart() {
        String text = PlainText.ofHtml(Jsoup.parseBodyFragment(
                "<pre>08:00 stand-up\n09:00 deep work</pre><table><tr><td>Salary</td><td>60k</td></tr></table>").body(), 1_000);

        assertEquals("08:00 stand-up\n09:00 deep work\n\nSalary 60k", text);
    }

    @Test
    void invisible_characters_are_dropped() {
        assertEquals("co-operate\nnow", PlainText.normalise("\uFEFFco-op\u00ADer\u200Bate\u0000\r\nnow\u0007", 1_000));
    }

    @Test
    void items_lose_their_bullets_and_numbers() {
        assertEquals(List.of("Plan the week", "Run stand-ups", "Report weekly"),
                PlainText.items("• Plan the week\n* Run stand-ups\n\n2) Report weekly", 1_000));
    }

    @Test
    void text_stops_at_the_limit_without_splitting_a_surrogate_pair() {
        String text = PlainText.normalise("a\uD83D\uDE00b", 2);

        assertEquals("a", text);
    }

    @Test
    void tags_are_told_apart_from_comparisons() {
        assertTrue(PlainText.looksLikeHtml("Intro<br>More"));
        assertTrue(PlainText.looksLikeHtml("<P CLASS=\"x\">Hi</P>"));
        assertFalse(PlainText.looksLikeHtml("x < y and List<String> > 3"));
    }
}

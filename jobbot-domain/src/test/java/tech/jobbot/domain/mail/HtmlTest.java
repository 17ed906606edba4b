package tech.jobbot.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markup_and_attribute_quotes_are_escaped() {
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;",
                Html.escape("<a href=\"x\" onclick='y'>R&D</a>"));
    }

    @Test
    void blocks_become_paragraphs_and_lines_breaks() {
        assertEquals("<p>One<br>line two</p>\n<p>&lt;b&gt;</p>\n", Html.paragraphs("  One\nline two\n\n \n<b>\n"));
    }
}

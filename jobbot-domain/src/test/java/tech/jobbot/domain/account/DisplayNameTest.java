package tech.jobbot.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Ada Lovelace",
            "李小龙",
            "山田 太郎",
            "김민준",
            "محمد بن سلمان",
            "Σωκράτης",
            "Николай Иванович",
            "José Ñúñez-O'Brien",
            "😀",
            "👩‍💻 Dev",
            "🇩🇪 Jana"})
    void given_a_name_in_any_script_when_created_then_it_is_kept(String name) {
        assertEquals(name, new DisplayName(name).value());
    }

    @Test
    void given_surrounding_white_space_when_created_then_it_is_stripped() {
        assertEquals("Ada", new DisplayName("  Ada \t\n").value());
    }

    @Test
    void given_100_code_points_when_created_then_it_is_accepted_even_if_that_is_200_chars() {
        String hundredEmoji = "😀".repeat(100);
        assertEquals(200, hundredEmoji.length());
        assertEquals(hundredEmoji, new DisplayName(hundredEmoji).value());
        assertEquals("李".repeat(100), new DisplayName("李".repeat(100)).value());
    }

    @Test
    void given_101_characters_when_created_then_it_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new DisplayName("a".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> new DisplayName("😀".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> new DisplayName("李".repeat(101)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u3000"})
    void given_a_blank_name_when_created_then_it_is_rejected(String blank) {
        assertThrows(IllegalArgumentException.class, () -> new DisplayName(blank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000", "Ada\u0007Lovelace", "Ada\nLovelace", "Ada\rLovelace", "Ada\u007F",
            "Ada\u0085x", "Ada\u202Eecalevol", "Ada\u200BLovelace"})
    void given_control_or_invisible_formatting_characters_inside_when_created_then_it_is_rejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> new DisplayName(name));
    }

    @Test
    void given_null_when_created_then_it_fails_fast() {
        assertThrows(NullPointerException.class, () -> new DisplayName(null));
    }

    @Test
    void toString_does_not_show_the_name() {
        assertFalse(new DisplayName("Ada Lovelace").toString().contains("Ada"));
    }

    @Property
    void any_1_to_100_cjk_characters_are_a_valid_name(
            @ForAll @CharRange(from = '\u4E00', to = '\u9FFF') @StringLength(min = 1, max = 100) String name) {
        assertEquals(name, new DisplayName(name).value());
    }
}

package tech.jobbot.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "zh-CN", "zh-Hans-CN", "pt-BR", "ja", "ar"})
    void given_a_canonical_language_tag_when_created_then_it_is_accepted(String tag) {
        assertEquals(tag, new Language(tag).tag());
    }

    @ParameterizedTest
    @CsvSource({
            "'  EN ', en",
            "zh-cn, zh-CN",
            "ZH-hans-cn, zh-Hans-CN",
            "pt-br, pt-BR"})
    void given_a_tag_in_any_case_when_parsed_then_it_is_canonicalised(String raw, String canonical) {
        assertEquals(new Language(canonical), Language.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-cn", "EN", "en_US"})
    void given_a_non_canonical_tag_when_created_directly_then_it_is_rejected(String tag) {
        assertThrows(IllegalArgumentException.class, () -> new Language(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "xx", "english", "en_US", "12", "en--US", "-en"})
    void given_something_that_is_not_an_iso_639_language_when_parsed_then_it_is_rejected(String raw) {
        assertThrows(IllegalArgumentException.class, () -> Language.parse(raw));
    }

    @Test
    void english_is_the_plain_en_tag() {
        assertEquals("en", Language.ENGLISH.tag());
    }

    @Test
    void given_null_then_it_fails_fast() {
        assertThrows(NullPointerException.class, () -> new Language(null));
        assertThrows(NullPointerException.class, () -> Language.parse(null));
    }
}

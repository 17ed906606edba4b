package tech.jobbot.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void given_surrounding_white_space_when_parsed_then_it_is_trimmed() {
        assertEquals("alice@example.com", EmailAddress.parse("  \talice@example.com \n").value());
    }

    @Test
    void given_mixed_case_when_parsed_then_only_the_domain_is_lower_cased() {
        assertEquals("Alice.Smith@mail.example.com", EmailAddress.parse("Alice.Smith@Mail.EXAMPLE.Com").value());
    }

    @Test
    void given_an_upper_case_domain_when_constructed_directly_then_it_is_rejected_as_not_normalised() {
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("alice@Example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "alice.example.com",
            "@example.com",
            "alice@",
            "alice..smith@example.com",
            ".alice@example.com",
            "alice.@example.com",
            "alice@example..com",
            "alice@.example.com",
            "alice@example.com.",
            "ali ce@example.com",
            "alice@exam ple.com",
            "alice@localhost",
            "alice@-example.com",
            "alice@example-.com",
            "alice@exa_mple.com",
            "al\"ice@example.com",
            "alice@@example.com",
            "",
            "   "})
    void given_a_malformed_address_when_parsed_then_it_is_rejected(String raw) {
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(raw));
    }

    @Test
    void given_a_local_part_of_64_characters_when_parsed_then_it_is_accepted_and_65_is_rejected() {
        String local64 = "a".repeat(64);
        assertEquals(local64 + "@example.com", EmailAddress.parse(local64 + "@example.com").value());
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse("a" + local64 + "@example.com"));
    }

    @Test
    void given_254_characters_when_parsed_then_it_is_accepted_and_255_is_rejected() {
        String local = "a".repeat(64);
        String domain254 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
        String address254 = local + "@" + domain254;
        assertEquals(254, address254.length());
        assertEquals(address254, EmailAddress.parse(address254).value());

        String address255 = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);
        assertEquals(255, address255.length());
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(address255));
    }

    @Test
    void given_an_address_far_over_254_characters_when_parsed_then_it_is_rejected() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(address));
    }

    @Test
    void given_a_domain_label_of_64_characters_when_parsed_then_it_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse("a@" + "b".repeat(64) + ".com"));
    }

    @Test
    void given_the_special_characters_rfc_5321_allows_in_a_dot_atom_when_parsed_then_they_are_accepted() {
        assertEquals("o'brien+jobs_2024@example.co.uk", EmailAddress.parse("o'brien+jobs_2024@example.co.uk").value());
    }

    @Test
    void given_null_when_parsed_then_it_fails_fast() {
        assertThrows(NullPointerException.class, () -> EmailAddress.parse(null));
    }

    @Test
    void toString_never_shows_the_address() {
        EmailAddress email = EmailAddress.parse("secret.person@example.org");
        assertFalse(email.toString().contains("secret.person"));
        assertFalse(email.toString().contains("example.org"));
    }

    @Property
    void parsing_is_idempotent_for_valid_addresses(@ForAll("rawAddresses") String raw) {
        EmailAddress once = EmailAddress.parse(raw);
        assertEquals(once, EmailAddress.parse(once.value()));
    }

    @Property
    void toString_never_contains_the_address_or_its_parts(@ForAll("rawAddresses") String raw) {
        EmailAddress email = EmailAddress.parse(raw);
        String value = email.value();
        String shown = email.toString();
        assertFalse(shown.contains(value));
        assertFalse(shown.contains("@"));
        assertFalse(shown.contains(value.substring(value.lastIndexOf('@') + 1)));
    }

    @Provide
    Arbitrary<String> rawAddresses() {
        Arbitrary<String> atom = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts))
                .filter(l -> l.length() <= 64);
        Arbitrary<String> label = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                                .ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                                .withChars('-').ofMaxLength(10),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                                .ofLength(1))
                .as((first, middle, last) -> middle.isEmpty() ? first : first + middle + last);
        Arbitrary<String> domain = label.list().ofMinSize(2).ofMaxSize(4).map(labels -> String.join(".", labels));
        Arbitrary<String> padding = Arbitraries.of(List.of("", " ", "\t", "  ", "\n"));
        return Combinators.combine(padding, local, domain, padding)
                .as((before, l, d, after) -> before + l + "@" + d + after);
    }
}

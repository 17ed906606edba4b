package tech.jobbot.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.SignInCode;

class CodeMailTest {
    private static final EmailAddress TO = EmailAddress.parse("jobseeker@example.com");
    private static final SignInCode CODE = new SignInCode("482913");

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void the_mail_goes_to_the_address_and_its_text_and_html_carry_the_code(CodePurpose purpose) {
        MailMessage mail = CodeMail.compose(TO, CODE, purpose);
        assertEquals(TO, mail.to());
        assertTrue(mail.text().contains("482913"));
        assertTrue(mail.html().contains("482913"));
    }

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void text_and_html_state_the_lifetime_of_ten_minutes(CodePurpose purpose) {
        MailMessage mail = CodeMail.compose(TO, CODE, purpose);
        assertTrue(mail.text().contains("10 minutes"));
        assertTrue(mail.html().contains("10 minutes"));
    }

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void text_and_html_tell_to_ignore_the_mail_if_the_code_was_not_requested(CodePurpose purpose) {
        MailMessage mail = CodeMail.compose(TO, CODE, purpose);
        for (String body : new String[] {mail.text(), mail.html()}) {
            String flat = body.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            assertTrue(flat.contains("if you did not ask for this code, ignore this mail"), body);
        }
    }

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void the_subject_does_not_carry_the_code(CodePurpose purpose) {
        MailMessage mail = CodeMail.compose(TO, CODE, purpose);
        assertFalse(mail.subject().contains("482913"));
        assertFalse(mail.subject().matches(".*\\d{6}.*"));
        assertFalse(mail.toString().contains("482913"));
    }

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void the_html_title_does_not_carry_the_code_either(CodePurpose purpose) {
        String html = CodeMail.compose(TO, CODE, purpose).html();
        String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
        assertFalse(title.contains("482913"));
    }

    @ParameterizedTest
    @EnumSource(CodePurpose.class)
    void the_mail_says_what_the_code_is_for(CodePurpose purpose) {
        String text = CodeMail.compose(TO, CODE, purpose).text();
        switch (purpose) {
            case SIGN_IN -> assertTrue(text.contains("sign in"));
            case CHANGE_EMAIL -> assertTrue(text.contains("confirm this address"));
        }
    }
}

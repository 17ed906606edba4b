package tech.jobbot.domain.mail;

import java.util.Objects;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.CodeRules;
import tech.jobbot.domain.auth.SignInCode;

/** Composes the mail that carries a verification code. */
public final class CodeMail {
    private CodeMail() {
    }

    public static MailMessage compose(EmailAddress to, SignInCode code, CodePurpose purpose) {
        Objects.requireNonNull(code, "code");
        long minutes = CodeRules.LIFETIME.toMinutes();
        String action = switch (purpose) {
            case SIGN_IN -> "sign in to Jobbot";
            case CHANGE_EMAIL -> "confirm this address for your Jobbot account";
            case STAFF_SIGN_IN -> "sign in to the Jobbot staff console";
        };
        String subject = "Your Jobbot verification code";
        String text = """
                Hello,

                Use this code to %s:

                    %s

                The code works once and expires in %d minutes.

                If you did not ask for this code, ignore this mail: nothing happens without the code,
                and nobody from Jobbot will ever ask you for it.

                Jobbot — https://www.jobbot.tech
                """.formatted(action, code.digits(), minutes);
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Your Jobbot verification code</title></head>
                <body style="font-family:sans-serif;line-height:1.5">
                <p>Hello,</p>
                <p>Use this code to %s:</p>
                <p style="font-size:2em;font-weight:bold;letter-spacing:0.2em">%s</p>
                <p>The code works once and expires in %d minutes.</p>
                <p>If you did not ask for this code, ignore this mail: nothing happens without the code,
                and nobody from Jobbot will ever ask you for it.</p>
                <p>Jobbot — <a href="https://www.jobbot.tech">www.jobbot.tech</a></p>
                </body></html>
                """.formatted(action, code.digits(), minutes);
        return new MailMessage(to, subject, text, html);
    }
}

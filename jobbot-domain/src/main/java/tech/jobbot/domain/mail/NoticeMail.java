package tech.jobbot.domain.mail;

import tech.jobbot.domain.account.EmailAddress;

/** Notices about the account that its owner must hear of, whatever their marketing choices. */
public final class NoticeMail {
    private NoticeMail() {
    }

    /** Sent to the old address after the account's email address changed. */
    public static MailMessage emailChanged(EmailAddress oldAddress) {
        String text = """
                Hello,

                The email address of your Jobbot account was just changed, and this address no longer
                signs in to it.

                If you made this change, there is nothing to do. If you did not, reply to this mail or
                contact us at https://www.jobbot.tech/chat/ at once so that we can secure your account.

                Jobbot — https://www.jobbot.tech
                """;
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Your Jobbot email address changed</title></head>
                <body style="font-family:sans-serif;line-height:1.5">
                <p>Hello,</p>
                <p>The email address of your Jobbot account was just changed, and this address no longer signs in to it.</p>
                <p>If you made this change, there is nothing to do. If you did not, reply to this mail or contact us at
                <a href="https://www.jobbot.tech/chat/">www.jobbot.tech/chat</a> at once so that we can secure your account.</p>
                <p>Jobbot — <a href="https://www.jobbot.tech">www.jobbot.tech</a></p>
                </body></html>
                """;
        return new MailMessage(oldAddress, "Your Jobbot email address was changed", text, html);
    }
}

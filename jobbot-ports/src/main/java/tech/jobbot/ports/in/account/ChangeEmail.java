package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.ports.in.auth.CodeRequestResult;

/** Changing the email address takes a code sent to the new address. */
public interface ChangeEmail {
    CodeRequestResult requestEmailChange(AccountId account, EmailAddress newEmail, String clientIp);

    EmailChangeResult confirmEmailChange(AccountId account, FlowId flowId, EmailAddress newEmail, SignInCode code);
}

package tech.jobbot.ports.in.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;

/**
 * A person's consents (privacy policy §3, §4, §7): what they agreed to, for which purpose, proven
 * by an append-only ledger; withdrawing is as easy as granting.
 */
public interface ManageConsents {
    /** Every purpose with its current state, derived from the ledger. */
    List<PurposeConsent> consents(AccountId person);

    /**
     * Grants ({@code true}) or withdraws ({@code false}) consent per purpose; only changes are
     * recorded. Essential purposes cannot be withdrawn: they are not based on consent.
     */
    List<PurposeConsent> changeConsents(AccountId person, Map<PurposeKey, Boolean> choices, ConsentContext context);

    /** Every recorded choice, oldest first. */
    List<ConsentRecord> consentHistory(AccountId person);

    Optional<ConsentRecord> consentRecord(AccountId person, UUID recordId);

    /**
     * A request carried Global Privacy Control ({@code Sec-GPC: 1}): analytics, marketing and
     * sharing are withdrawn, and recorded once; returns how many records were added.
     */
    int applyGlobalPrivacyControl(AccountId person, ConsentContext context);
}

package tech.jobbot.sdk.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.Purpose;
import tech.jobbot.domain.consent.Purposes;

/**
 * A consent receipt for one recorded choice, modelled on the Kantara Initiative Consent Receipt
 * (v1.1): who the controller is, under which policy, for which purpose and data, shared with whom.
 */
public final class ConsentReceipts {
    public static final String POLICY_URL = "https://www.jobbot.tech/privacy";

    private ConsentReceipts() {
    }

    /** The receipt of one ledger record, as JSON-ready maps and lists. */
    public static Map<String, Object> of(ConsentRecord r) {
        Purpose purpose = Purposes.find(r.purpose()).orElseGet(() -> Purposes.sharing(
                r.purpose().partnerSlug().orElseThrow(), r.purpose().partnerSlug().orElseThrow()));
        Map<String, Object> controller = new LinkedHashMap<>();
        controller.put("piiController", "Qgenius (Jobbot)");
        controller.put("contact", "https://www.jobbot.tech/chat/");
        controller.put("address", "15th Floor, Tower 2, Plaza 66, 1266 West Nanjing Road, Jing'an District, Shanghai");
        controller.put("phone", "+86 400 180 6368");
        Map<String, Object> purposeEntry = new LinkedHashMap<>();
        purposeEntry.put("purpose", purpose.description());
        purposeEntry.put("purposeKey", purpose.key().value());
        purposeEntry.put("purposeCategory", List.of(purpose.key().value().split("\\.")[0]));
        purposeEntry.put("consentType", "EXPLICIT");
        purposeEntry.put("consentGiven", r.choice() == ConsentChoice.GRANTED);
        purposeEntry.put("primaryPurpose", false);
        purposeEntry.put("termination", "until withdrawn in the consent settings, by an unsubscribe link, or by "
                + "Global Privacy Control");
        purposeEntry.put("thirdPartyDisclosure", r.purpose().partnerSlug().isPresent());
        r.purpose().partnerSlug().ifPresent(p -> purposeEntry.put("thirdPartyName", p));
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("version", "KI-CR-v1.1.0");
        receipt.put("jurisdiction", r.region());
        receipt.put("consentTimestamp", r.at().getEpochSecond());
        receipt.put("collectionMethod", r.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        receipt.put("consentReceiptID", r.id().toString());
        receipt.put("language", r.language().orElse("en"));
        receipt.put("piiPrincipalId", r.subject().toString());
        receipt.put("piiControllers", List.of(controller));
        receipt.put("policyUrl", POLICY_URL + "?version=" + r.policyVersion() + "&region=" + r.region());
        receipt.put("services", List.of(Map.of("service", "Jobbot", "purposes", List.of(purposeEntry))));
        receipt.put("sensitive", false);
        receipt.put("spiCat", List.of());
        return receipt;
    }
}

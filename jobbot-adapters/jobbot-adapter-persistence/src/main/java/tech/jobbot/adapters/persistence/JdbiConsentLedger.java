package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/**
 * The consent ledger in {@code consent_ledger}: the choice in plain columns, its personal context
 * (language, truncated IP, user agent summary) sealed under the subject's data key. This class
 * only inserts and reads; the database refuses updates and deletes as well (see
 * {@code V6_1__Consent_ledger_append_only}).
 */
public final class JdbiConsentLedger implements ConsentLedger {
    private static final String SELECT = """
            SELECT id, account_id, purpose, choice, policy_version, method, recorded_at, region,
                language_enc, truncated_ip_enc, user_agent_enc
            FROM consent_ledger
            """;

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiConsentLedger(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void append(ConsentRecord r) {
        SealedColumns sealed = columns(r.subject(), r.id());
        byte[] language = sealed.seal("language_enc", r.language());
        byte[] ip = sealed.seal("truncated_ip_enc", r.truncatedIp());
        byte[] userAgent = sealed.seal("user_agent_enc", r.userAgentSummary());
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO consent_ledger (id, account_id, purpose, choice, policy_version, method,
                            recorded_at, region, language_enc, truncated_ip_enc, user_agent_enc)
                        VALUES (:id, :account, :purpose, :choice, :version, :method, :at, :region,
                            :language, :ip, :userAgent)""")
                .bind("id", r.id())
                .bind("account", r.subject().value())
                .bind("purpose", r.purpose().value())
                .bind("choice", r.choice().name())
                .bind("version", r.policyVersion())
                .bind("method", r.method().name())
                .bind("at", Sql.time(r.at()))
                .bind("region", r.region())
                .bindByType("language", language, byte[].class)
                .bindByType("ip", ip, byte[].class)
                .bindByType("userAgent", userAgent, byte[].class)
                .execute());
    }

    @Override
    public List<ConsentRecord> history(AccountId subject) {
        return tx.withHandle(h -> h.createQuery(SELECT
                        + "WHERE account_id = :account ORDER BY recorded_at, append_order")
                .bind("account", subject.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Optional<ConsentRecord> find(AccountId subject, UUID recordId) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE id = :id AND account_id = :account")
                .bind("id", recordId)
                .bind("account", subject.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    private ConsentRecord read(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        AccountId subject = new AccountId(Sql.uuid(rs, "account_id"));
        SealedColumns sealed = columns(subject, id);
        return new ConsentRecord(id, subject, new PurposeKey(rs.getString("purpose")),
                ConsentChoice.valueOf(rs.getString("choice")), rs.getInt("policy_version"),
                ConsentMethod.valueOf(rs.getString("method")), Sql.instant(rs, "recorded_at"), rs.getString("region"),
                sealed.open("language_enc", rs.getBytes("language_enc")),
                sealed.open("truncated_ip_enc", rs.getBytes("truncated_ip_enc")),
                sealed.open("user_agent_enc", rs.getBytes("user_agent_enc")));
    }

    private SealedColumns columns(AccountId subject, UUID id) {
        return new SealedColumns(vault, KeyScope.account(subject), "consent_ledger", id.toString());
    }
}

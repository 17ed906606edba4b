package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.sharing.ReportShares;

/**
 * Shares in {@code report_shares}, disclosures in {@code share_disclosures}; recipient names and
 * what was disclosed sealed under the owner's data key, link tokens only as digests.
 */
public final class JdbiReportShares implements ReportShares {
    private static final String SELECT = """
            SELECT id, account_id, interview_id, partner_slug, recipient_enc, created_at, expires_at, revoked_at
            FROM report_shares
            """;

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiReportShares(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(ReportShare s, String tokenDigest) {
        byte[] recipient = shareColumns(s.owner(), s.id()).sealBytes("recipient_enc",
                s.recipient().getBytes(StandardCharsets.UTF_8));
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO report_shares (id, account_id, interview_id, partner_slug, recipient_enc,
                            token_digest, created_at, expires_at, revoked_at)
                        VALUES (:id, :owner, :interview, :slug, :recipient, :digest, :created, :expires, NULL)""")
                .bind("id", s.id())
                .bind("owner", s.owner().value())
                .bind("interview", s.interview().value())
                .bind("slug", s.partnerSlug())
                .bind("recipient", recipient)
                .bind("digest", tokenDigest)
                .bind("created", Sql.time(s.createdAt()))
                .bind("expires", Sql.time(s.expiresAt()))
                .execute());
    }

    @Override
    public Optional<ReportShare> findByTokenDigest(String tokenDigest) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE token_digest = :digest")
                .bind("digest", tokenDigest)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<ReportShare> shares(AccountId owner) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE account_id = :owner ORDER BY created_at DESC, id")
                .bind("owner", owner.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public boolean revoke(AccountId owner, UUID shareId, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE report_shares SET revoked_at = :at
                        WHERE id = :id AND account_id = :owner AND revoked_at IS NULL""")
                .bind("at", Sql.time(at))
                .bind("id", shareId)
                .bind("owner", owner.value())
                .execute()) == 1;
    }

    @Override
    public void recordDisclosure(Disclosure d) {
        SealedColumns sealed = disclosureColumns(d.owner(), d.id());
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO share_disclosures (id, share_id, account_id, disclosed_at, recipient_enc, what_enc)
                        VALUES (:id, :share, :owner, :at, :recipient, :what)""")
                .bind("id", d.id())
                .bind("share", d.shareId())
                .bind("owner", d.owner().value())
                .bind("at", Sql.time(d.at()))
                .bind("recipient", sealed.sealBytes("recipient_enc", d.recipient().getBytes(StandardCharsets.UTF_8)))
                .bind("what", sealed.sealBytes("what_enc", d.what().getBytes(StandardCharsets.UTF_8)))
                .execute());
    }

    @Override
    public List<Disclosure> disclosures(AccountId owner) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id, share_id, disclosed_at, recipient_enc, what_enc FROM share_disclosures
                        WHERE account_id = :owner ORDER BY disclosed_at, id""")
                .bind("owner", owner.value())
                .map((rs, ctx) -> {
                    UUID id = Sql.uuid(rs, "id");
                    SealedColumns sealed = disclosureColumns(owner, id);
                    return new Disclosure(id, Sql.uuid(rs, "share_id"), owner,
                            sealed.open("recipient_enc", rs.getBytes("recipient_enc")).orElseThrow(),
                            sealed.open("what_enc", rs.getBytes("what_enc")).orElseThrow(),
                            Sql.instant(rs, "disclosed_at"));
                })
                .list());
    }

    private ReportShare read(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        AccountId owner = new AccountId(Sql.uuid(rs, "account_id"));
        return new ReportShare(id, owner, new InterviewId(Sql.uuid(rs, "interview_id")), shareColumns(owner, id)
                .open("recipient_enc", rs.getBytes("recipient_enc")).orElseThrow(), rs.getString("partner_slug"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.optionalInstant(rs, "revoked_at"));
    }

    private SealedColumns shareColumns(AccountId owner, UUID id) {
        return new SealedColumns(vault, KeyScope.account(owner), "report_shares", id.toString());
    }

    private SealedColumns disclosureColumns(AccountId owner, UUID id) {
        return new SealedColumns(vault, KeyScope.account(owner), "share_disclosures", id.toString());
    }
}

package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.PreparedBatch;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.staff.StaffId;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.staff.StaffDirectory;

/** Staff in {@code staff_members}, {@code staff_recovery_codes} and {@code staff_sessions}. */
public final class JdbiStaffDirectory implements StaffDirectory {
    private static final String MEMBER_COLUMNS =
            "id, email_enc, display_name, roles, active, totp_confirmed, created_at";

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiStaffDirectory(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    private SealedColumns columns(StaffId id) {
        return new SealedColumns(vault, new KeyScope("staff:" + id.value()), "staff_members", id.value().toString());
    }

    @Override
    public void add(StaffMember m, String emailIndex) {
        try {
            insert(m, emailIndex);
        } catch (tech.jobbot.ports.out.JobbotException e) {
            if (JdbiTransactions.isUniqueViolation(e)) {
                throw new IllegalStateException("a staff member with that email exists", e);
            }
            throw e;
        }
    }

    private void insert(StaffMember m, String emailIndex) {
        tx.withHandle(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM staff_members WHERE email_index = :i").bind("i", emailIndex)
                    .mapTo(Long.class).one() > 0) {
                throw new IllegalStateException("a staff member with that email exists");
            }
            return h.createUpdate("""
                            INSERT INTO staff_members (id, email_index, email_enc, display_name, roles, active, created_at)
                            VALUES (:id, :index, :email, :name, :roles, :active, :at)""")
                    .bind("id", m.id().value())
                    .bind("index", emailIndex)
                    .bindByType("email", columns(m.id()).seal("email_enc", Optional.of(m.email().value())), byte[].class)
                    .bind("name", m.displayName())
                    .bind("roles", roles(m.roles()))
                    .bind("active", m.active())
                    .bind("at", Sql.time(m.createdAt()))
                    .execute();
        });
    }

    @Override
    public Optional<StaffMember> find(StaffId id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM staff_members WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> member(rs)).findOne());
    }

    @Override
    public Optional<StaffMember> findByEmailIndex(String emailIndex) {
        return tx.withHandle(h -> h.createQuery("SELECT " + MEMBER_COLUMNS
                        + " FROM staff_members WHERE email_index = :i")
                .bind("i", emailIndex).map((rs, ctx) -> member(rs)).findOne());
    }

    @Override
    public List<StaffMember> all() {
        return tx.withHandle(h -> h.createQuery("SELECT " + MEMBER_COLUMNS
                        + " FROM staff_members ORDER BY created_at, id")
                .map((rs, ctx) -> member(rs)).list());
    }

    @Override
    public long count() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff_members").mapTo(Long.class).one());
    }

    @Override
    public void setRoles(StaffId id, Set<StaffRole> roles) {
        tx.withHandle(h -> h.createUpdate("UPDATE staff_members SET roles = :roles WHERE id = :id")
                .bind("roles", roles(roles)).bind("id", id.value()).execute());
    }

    @Override
    public void deactivate(StaffId id, Instant at) {
        tx.withHandle(h -> h.createUpdate(
                        "UPDATE staff_members SET active = FALSE, deactivated_at = :at WHERE id = :id AND active")
                .bind("at", Sql.time(at)).bind("id", id.value()).execute());
    }

    @Override
    public void startEnrolment(StaffId id, byte[] sealedSecret, List<Digest> recoveryCodes) {
        tx.inTransaction(() -> tx.withHandle(h -> {
            h.createUpdate("""
                            UPDATE staff_members SET totp_enc = :secret, totp_confirmed = FALSE, totp_last_step = 0
                            WHERE id = :id""")
                    .bindByType("secret", sealedSecret, byte[].class).bind("id", id.value()).execute();
            h.createUpdate("DELETE FROM staff_recovery_codes WHERE staff_id = :id").bind("id", id.value()).execute();
            PreparedBatch batch = h.prepareBatch(
                    "INSERT INTO staff_recovery_codes (staff_id, digest) VALUES (:id, :digest)");
            recoveryCodes.forEach(d -> batch.bind("id", id.value()).bind("digest", d.value()).add());
            return batch.execute();
        }));
    }

    @Override
    public Optional<SecondFactor> secondFactorForUpdate(StaffId id) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT totp_enc, totp_last_step, totp_confirmed FROM staff_members
                        WHERE id = :id AND totp_enc IS NOT NULL FOR UPDATE""")
                .bind("id", id.value())
                .map((rs, ctx) -> new SecondFactor(rs.getBytes("totp_enc"), rs.getLong("totp_last_step"),
                        rs.getBoolean("totp_confirmed")))
                .findOne());
    }

    @Override
    public void useStep(StaffId id, long step) {
        tx.withHandle(h -> h.createUpdate(
                        "UPDATE staff_members SET totp_last_step = :step, totp_confirmed = TRUE WHERE id = :id")
                .bind("step", step).bind("id", id.value()).execute());
    }

    @Override
    public boolean useRecoveryCode(StaffId id, Digest code, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE staff_recovery_codes SET used_at = :at
                        WHERE staff_id = :id AND digest = :digest AND used_at IS NULL""")
                .bind("at", Sql.time(at)).bind("id", id.value()).bind("digest", code.value()).execute()) == 1;
    }

    @Override
    public int recoveryCodesLeft(StaffId id) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = :id AND used_at IS NULL")
                .bind("id", id.value()).mapTo(Integer.class).one());
    }

    @Override
    public void addSession(StaffSession s) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO staff_sessions (id, staff_id, token_digest, created_at, expires_at)
                        VALUES (:id, :staff, :digest, :created, :expires)""")
                .bind("id", s.id()).bind("staff", s.staff().value()).bind("digest", s.tokenDigest().value())
                .bind("created", Sql.time(s.createdAt())).bind("expires", Sql.time(s.expiresAt()))
                .execute());
    }

    @Override
    public Optional<StaffSession> sessionByTokenDigest(Digest tokenDigest) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id, staff_id, token_digest, created_at, expires_at, revoked_at FROM staff_sessions
                        WHERE token_digest = :digest""")
                .bind("digest", tokenDigest.value())
                .map((rs, ctx) -> new StaffSession(Sql.uuid(rs, "id"), new StaffId(Sql.uuid(rs, "staff_id")),
                        new Digest(rs.getString("token_digest")), Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "expires_at"), Sql.optionalInstant(rs, "revoked_at")))
                .findOne());
    }

    @Override
    public void revokeSession(UUID session, Instant at) {
        tx.withHandle(h -> h.createUpdate(
                        "UPDATE staff_sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", Sql.time(at)).bind("id", session).execute());
    }

    @Override
    public int revokeSessions(StaffId id, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE staff_sessions SET revoked_at = :at WHERE staff_id = :id AND revoked_at IS NULL")
                .bind("at", Sql.time(at)).bind("id", id.value()).execute());
    }

    private StaffMember member(ResultSet rs) throws SQLException {
        StaffId id = new StaffId(Sql.uuid(rs, "id"));
        return new StaffMember(id, new EmailAddress(columns(id).open("email_enc", rs.getBytes("email_enc")).orElseThrow()),
                rs.getString("display_name"), parseRoles(rs.getString("roles")), rs.getBoolean("active"),
                rs.getBoolean("totp_confirmed"), Sql.instant(rs, "created_at"));
    }

    private static String roles(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::name).collect(Collectors.joining(","));
    }

    private static Set<StaffRole> parseRoles(String raw) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(raw.split(",")).filter(s -> !s.isBlank()).map(StaffRole::valueOf).forEach(roles::add);
        return roles;
    }
}

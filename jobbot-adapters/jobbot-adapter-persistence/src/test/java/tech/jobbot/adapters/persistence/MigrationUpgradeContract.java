package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.Session;
import tech.jobbot.ports.out.crypto.BlindIndex;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.MasterKeys;

/**
 * A database made by the first released schema (V1), holding an account and a session written the
 * way V1 wrote them, upgrades to the current schema with its data intact and readable.
 */
abstract class MigrationUpgradeContract {
    protected abstract HikariDataSource newDataSource();

    @Test
    void a_version_one_database_upgrades_to_the_current_schema_with_its_data_intact() {
        try (HikariDataSource dataSource = newDataSource()) {
            Flyway.configure().dataSource(dataSource).locations("classpath:tech/jobbot/adapters/persistence/migration")
                    .table("jobbot_schema_history").target("1").load().migrate();
            TestClock clock = TestClock.atDefaultStart();
            MasterKeys keys = PersistenceContract.randomKeys();
            JdbiTransactions tx = new JdbiTransactions(Jdbi.create(dataSource), false);
            JdbiKeyVault vault = new JdbiKeyVault(tx, keys, clock);

            AccountId account = new AccountId(UUID.randomUUID());
            EmailAddress email = EmailAddress.parse("early.user@example.com");
            Instant created = Instant.parse("2026-01-15T09:30:00Z");
            SealedColumns accountColumns = new SealedColumns(vault, KeyScope.account(account), "accounts",
                    account.value().toString());
            UUID session = UUID.randomUUID();
            Digest token = new Digest("token-digest-of-an-early-session");
            SealedColumns sessionColumns = new SealedColumns(vault, KeyScope.account(account), "sessions",
                    session.toString());
            tx.withHandle(h -> {
                h.createUpdate("INSERT INTO accounts (id, email_index, email_enc, created_at, updated_at)"
                                + " VALUES (:id, :index, :email, :at, :at)")
                        .bind("id", account.value()).bind("index", BlindIndex.email(vault, email))
                        .bindByType("email", accountColumns.seal("email_enc", Optional.of(email.value())), byte[].class)
                        .bind("at", created.atOffset(ZoneOffset.UTC)).execute();
                return h.createUpdate("INSERT INTO sessions (id, account_id, token_digest, device_enc, created_at,"
                                + " last_seen_at) VALUES (:id, :account, :digest, :device, :at, :at)")
                        .bind("id", session).bind("account", account.value()).bind("digest", token.value())
                        .bindByType("device", sessionColumns.seal("device_enc", Optional.of("Firefox\\nLinux")),
                                byte[].class)
                        .bind("at", created.atOffset(ZoneOffset.UTC)).execute();
            });

            // The current server starts on it: every later migration runs.
            JdbiPersistence current = new JdbiPersistence(dataSource, keys, clock);
            var info = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:tech/jobbot/adapters/persistence/migration")
                    .table("jobbot_schema_history").load().info();
            assertEquals(0, info.pending().length, "no migration left");
            assertTrue(Integer.parseInt(info.current().getVersion().getMajorAsString()) >= 14);

            var found = current.accounts().findByEmail(email).orElseThrow();
            assertEquals(account, found.id());
            assertEquals(Optional.of(email), found.email());
            assertEquals(created, found.createdAt());
            Session s = current.sessions().findByTokenDigest(token).orElseThrow();
            assertEquals(account, s.account());
            assertEquals(created, s.createdAt());
        }
    }
}

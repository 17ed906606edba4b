package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;

/** The {@link ConsentLedger} contract, and the append-only table behind it. */
abstract class ConsentLedgerContract extends PersistenceContract {
    /** SQLSTATE 23001, restrict_violation: what the append-only triggers raise on both databases. */
    private static final String REFUSED = "23001";

    private AccountId owner;
    private AccountId stranger;

    @BeforeEach
    void people() {
        owner = account("owner@example.com");
        stranger = account("stranger@example.com");
    }

    private AccountId account(String email) {
        AccountId id = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(id, EmailAddress.parse(email), clock.instant()));
        return id;
    }

    private ConsentLedger ledger() {
        return persistence.consentLedger();
    }

    private ConsentRecord choice(AccountId subject, PurposeKey purpose, ConsentChoice choice, ConsentMethod method) {
        return choice(UUID.randomUUID(), subject, purpose, choice, method);
    }

    private ConsentRecord choice(UUID id, AccountId subject, PurposeKey purpose, ConsentChoice choice,
            ConsentMethod method) {
        return new ConsentRecord(id, subject, purpose, choice, 1, method, clock.instant(), "GLOBAL",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private ConsentRecord withContext(AccountId subject) {
        return new ConsentRecord(UUID.randomUUID(), subject, PurposeKey.ANALYTICS_USAGE, ConsentChoice.GRANTED, 2,
                ConsentMethod.BANNER, clock.instant(), "EU", Optional.of("zh-Hant-TW"), Optional.of("198.51.100.0"),
                Optional.of("Vivaldi on Haiku"));
    }

    @Test
    void records_are_kept_whole_and_listed_oldest_first() {
        ConsentRecord signUp = choice(owner, PurposeKey.ESSENTIAL_SERVICE, ConsentChoice.ACKNOWLEDGED,
                ConsentMethod.SIGN_UP);
        ledger().append(signUp);
        clock.advance(Duration.ofMinutes(1));
        ConsentRecord banner = withContext(owner);
        ledger().append(banner);
        clock.advance(Duration.ofDays(3));
        ConsentRecord unsubscribe = choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.WITHDRAWN,
                ConsentMethod.EMAIL_LINK);
        ledger().append(unsubscribe);
        assertEquals(List.of(signUp, banner, unsubscribe), ledger().history(owner));
    }

    @Test
    void a_record_appended_late_with_an_earlier_time_is_listed_by_its_time() {
        ConsentRecord settings = choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED,
                ConsentMethod.SETTINGS);
        clock.advance(Duration.ofMinutes(-10));
        ConsentRecord anonymousBannerChoice = choice(owner, PurposeKey.ANALYTICS_USAGE, ConsentChoice.WITHDRAWN,
                ConsentMethod.BANNER);
        ledger().append(settings);
        ledger().append(anonymousBannerChoice);
        assertEquals(List.of(anonymousBannerChoice, settings), ledger().history(owner));
    }

    @Test
    void records_of_the_same_instant_are_listed_in_the_order_they_were_appended() {
        // Ids descending, so an order by id would reverse the list.
        List<ConsentRecord> appended = List.of(
                choice(new UUID(0, 3), owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SETTINGS),
                choice(new UUID(0, 2), owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.WITHDRAWN, ConsentMethod.GPC),
                choice(new UUID(0, 1), owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SETTINGS));
        appended.forEach(ledger()::append);
        assertEquals(appended, ledger().history(owner));
    }

    @Test
    void a_record_is_found_by_its_subject_only() {
        ConsentRecord record = withContext(owner);
        ledger().append(record);
        assertEquals(Optional.of(record), ledger().find(owner, record.id()));
        assertEquals(Optional.empty(), ledger().find(stranger, record.id()), "invisible to anyone else");
        assertEquals(Optional.empty(), ledger().find(owner, UUID.randomUUID()));
    }

    @Test
    void each_person_sees_only_their_own_history() {
        ConsentRecord mine = choice(owner, PurposeKey.PERSONALIZATION_RECOMMENDATIONS, ConsentChoice.GRANTED,
                ConsentMethod.SETTINGS);
        ConsentRecord theirs = choice(stranger, PurposeKey.sharing("acme"), ConsentChoice.GRANTED,
                ConsentMethod.SETTINGS);
        ledger().append(mine);
        ledger().append(theirs);
        assertEquals(List.of(mine), ledger().history(owner));
        assertEquals(List.of(theirs), ledger().history(stranger));
        assertEquals(List.of(), ledger().history(new AccountId(UUID.randomUUID())));
    }

    @Test
    void the_personal_context_of_a_choice_is_sealed() throws Exception {
        ledger().append(withContext(owner));
        assertEquals(List.of(), columnsContaining("zh-Hant-TW"), "the language is sealed");
        assertEquals(List.of(), columnsContaining("198.51.100"), "the truncated IP is sealed");
        assertEquals(List.of(), columnsContaining("Vivaldi"), "the user agent summary is sealed");
        assertEquals(List.of("consent_ledger.purpose"), columnsContaining("analytics.usage"),
                "what was chosen stays readable for audits");
    }

    @Test
    void after_the_data_key_is_destroyed_the_personal_context_cannot_be_read() {
        ledger().append(withContext(owner));
        persistence.keyVault().destroy(KeyScope.account(owner));
        assertThrows(KeyDestroyedException.class, () -> ledger().history(owner));
    }

    @Test
    void appending_a_record_again_is_refused_and_overwrites_nothing() {
        ConsentRecord grant = choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SETTINGS);
        ledger().append(grant);
        ConsentRecord rewrite = choice(grant.id(), owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.WITHDRAWN,
                ConsentMethod.SETTINGS);
        assertThrows(JobbotException.class, () -> ledger().append(rewrite));
        assertEquals(List.of(grant), ledger().history(owner));
    }

    @Test
    void a_record_of_someone_without_an_account_is_refused() {
        AccountId nobody = new AccountId(UUID.randomUUID());
        assertThrows(JobbotException.class, () -> ledger().append(
                choice(nobody, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SETTINGS)));
        assertEquals(List.of(), ledger().history(nobody));
    }

    @Test
    void the_port_offers_no_way_to_change_or_remove_a_record() {
        assertEquals(Set.of("append", "history", "find"), Arrays.stream(ConsentLedger.class.getMethods())
                .map(Method::getName).collect(Collectors.toSet()));
    }

    @Test
    void the_database_refuses_to_update_a_record() throws SQLException {
        ConsentRecord withdrawal = choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.WITHDRAWN,
                ConsentMethod.GPC);
        ledger().append(withdrawal);
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("UPDATE consent_ledger SET choice = 'GRANTED'"));
        assertEquals(REFUSED, refused.getSQLState(), refused.getMessage());
        assertEquals(List.of(withdrawal), ledger().history(owner));
    }

    @Test
    void the_database_refuses_to_delete_a_record_of_an_existing_account() throws SQLException {
        ConsentRecord grant = choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SIGN_UP);
        ledger().append(grant);
        SQLException refused = assertThrows(SQLException.class, () -> execute("DELETE FROM consent_ledger"));
        assertEquals(REFUSED, refused.getSQLState(), refused.getMessage());
        assertEquals(List.of(grant), ledger().history(owner));
    }

    @Test
    void deleting_an_account_deletes_its_records_and_no_one_elses() throws SQLException {
        ledger().append(withContext(owner));
        ledger().append(choice(owner, PurposeKey.MARKETING_EMAIL, ConsentChoice.GRANTED, ConsentMethod.SIGN_UP));
        ConsentRecord theirs = withContext(stranger);
        ledger().append(theirs);
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
            delete.setObject(1, owner.value());
            assertEquals(1, delete.executeUpdate());
        }
        assertEquals(0, rows("SELECT COUNT(*) FROM consent_ledger WHERE account_id = '" + owner + "'"));
        assertEquals(List.of(theirs), ledger().history(stranger));
    }

    protected void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long rows(String countQuery) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(countQuery)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

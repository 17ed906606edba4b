package tech.jobbot.adapters.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import tech.jobbot.adapters.persistence.AppendOnlyTrigger;

/**
 * Makes {@code consent_ledger} append-only in the database too, so that not even SQL run beside
 * the application can rewrite the proof of consent: UPDATE is always refused; DELETE only while
 * the row's account still exists, so that deleting an account still removes its rows through
 * {@code ON DELETE CASCADE}. PostgreSQL also refuses TRUNCATE. A Java migration because the two
 * databases share no trigger syntax: PL/pgSQL on PostgreSQL, a Java class on H2.
 */
public final class V6_1__Consent_ledger_append_only extends BaseJavaMigration {
    private static final String POSTGRES_FUNCTION = """
            CREATE FUNCTION consent_ledger_append_only() RETURNS trigger
            LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = OLD.account_id) THEN
                        RETURN OLD;
                    END IF;
                END IF;
                RAISE EXCEPTION 'consent_ledger is append-only: % is not allowed', TG_OP
                    USING ERRCODE = 'restrict_violation';
            END
            $$""";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            switch (database) {
                case "PostgreSQL" -> {
                    statement.execute(POSTGRES_FUNCTION);
                    statement.execute("""
                            CREATE TRIGGER consent_ledger_append_only BEFORE UPDATE OR DELETE ON consent_ledger
                            FOR EACH ROW EXECUTE FUNCTION consent_ledger_append_only()""");
                    statement.execute("""
                            CREATE TRIGGER consent_ledger_no_truncate BEFORE TRUNCATE ON consent_ledger
                            FOR EACH STATEMENT EXECUTE FUNCTION consent_ledger_append_only()""");
                }
                case "H2" -> statement.execute("CREATE TRIGGER consent_ledger_append_only BEFORE UPDATE, DELETE"
                        + " ON consent_ledger FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
                default -> throw new SQLException("no append-only trigger for " + database);
            }
        }
    }
}

package tech.jobbot.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger function {@code consent_ledger_append_only}: refuses
 * every UPDATE of a row, and every DELETE unless the row's account is already gone, which is the
 * {@code ON DELETE CASCADE} from deleting the account. Installed only on H2, by
 * {@code V6_1__Consent_ledger_append_only}. H2 stores this class's name in the database, so it
 * must keep its name and package. Unlike on PostgreSQL, H2 fires no trigger on TRUNCATE.
 */
public final class AppendOnlyTrigger implements Trigger {
    /** SQLSTATE of an integrity constraint violation of the "restrict" kind, as PostgreSQL raises it. */
    static final String RESTRICT_VIOLATION = "23001";

    private String schema;
    private String table;
    private int accountColumn = -1;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        this.schema = schemaName;
        this.table = tableName;
        try (ResultSet columns = connection.getMetaData().getColumns(null, schemaName, tableName, "account_id")) {
            if (!columns.next()) {
                throw new SQLException(tableName + " has no account_id column for " + triggerName);
            }
            accountColumn = columns.getInt("ORDINAL_POSITION") - 1;
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && !accountExists(connection, oldRow[accountColumn])) {
            return;
        }
        throw new SQLException(table + " is append-only: " + (delete ? "DELETE" : "UPDATE") + " is not allowed",
                RESTRICT_VIOLATION);
    }

    private boolean accountExists(Connection connection, Object accountId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM \"" + schema + "\".accounts WHERE id = ?")) {
            query.setObject(1, accountId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}

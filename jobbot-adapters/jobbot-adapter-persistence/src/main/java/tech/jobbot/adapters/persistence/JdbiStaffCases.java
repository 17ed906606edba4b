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

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.staff.CaseKind;
import tech.jobbot.domain.staff.DataCategory;
import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffId;
import tech.jobbot.ports.out.staff.StaffCases;

/** Cases in {@code staff_cases}. */
public final class JdbiStaffCases implements StaffCases {
    private static final String COLUMNS =
            "id, kind, reference, account_id, assignee, categories, opened_by, opened_at, closed_at";

    private final JdbiTransactions tx;

    public JdbiStaffCases(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(StaffCase c) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO staff_cases (id, kind, reference, account_id, assignee, categories, opened_by,
                            opened_at)
                        VALUES (:id, :kind, :reference, :account, :assignee, :categories, :openedBy, :openedAt)""")
                .bind("id", c.id())
                .bind("kind", c.kind().name())
                .bind("reference", c.reference())
                .bind("account", c.subject().value())
                .bind("assignee", c.assignee().value())
                .bind("categories", c.categories().stream().sorted().map(DataCategory::name)
                        .collect(Collectors.joining(",")))
                .bind("openedBy", c.openedBy().value())
                .bind("openedAt", Sql.time(c.openedAt()))
                .execute());
    }

    @Override
    public Optional<StaffCase> find(UUID id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM staff_cases WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> staffCase(rs)).findOne());
    }

    @Override
    public List<StaffCase> assignedTo(StaffId staff, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM staff_cases WHERE assignee = :staff"
                        + " ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, opened_at DESC, id")
                .bind("staff", staff.value()).setMaxRows(limit).map((rs, ctx) -> staffCase(rs)).list());
    }

    @Override
    public List<StaffCase> all(int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM staff_cases ORDER BY opened_at DESC, id")
                .setMaxRows(limit).map((rs, ctx) -> staffCase(rs)).list());
    }

    @Override
    public boolean close(UUID id, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE staff_cases SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
                .bind("at", Sql.time(at)).bind("id", id).execute()) == 1;
    }

    private static StaffCase staffCase(ResultSet rs) throws SQLException {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(rs.getString("categories").split(",")).map(DataCategory::valueOf).forEach(categories::add);
        return new StaffCase(Sql.uuid(rs, "id"), CaseKind.valueOf(rs.getString("kind")), Sql.uuid(rs, "reference"),
                new AccountId(Sql.uuid(rs, "account_id")), new StaffId(Sql.uuid(rs, "assignee")), categories,
                new StaffId(Sql.uuid(rs, "opened_by")), Sql.instant(rs, "opened_at"),
                Sql.optionalInstant(rs, "closed_at"));
    }
}

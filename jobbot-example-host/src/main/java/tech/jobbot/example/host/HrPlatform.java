package tech.jobbot.example.host;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.config.KeyFile;

/**
 * A small HR platform embedding Jobbot: its employees live in its own table, in its own database;
 * Jobbot's tables sit in a schema of their own in that same database. Employees are known to Jobbot
 * only by the platform's ids ({@code hr|<employee id>}), never by email. When Jobbot finishes an
 * interview the platform mirrors the score; when it erases an account the platform forgets the
 * mirror: both by listening to Jobbot's events.
 */
public final class HrPlatform implements AutoCloseable {
    private final DataSource own;
    private final Jobbot jobbot;

    /**
     * @param database the host's H2 database file (without {@code .mv.db})
     * @param dataDirectory where Jobbot keeps its key file and mail outbox
     */
    public HrPlatform(Path database, Path dataDirectory, Clock clock) {
        this.own = dataSource(database, null);
        execute("CREATE TABLE IF NOT EXISTS employees (id VARCHAR(40) PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        execute("CREATE TABLE IF NOT EXISTS practice_scores (employee_id VARCHAR(40) PRIMARY KEY, overall INT NOT NULL)");
        this.jobbot = Jobbot.builder()
                .dataDirectory(dataDirectory)
                .dataSource(dataSource(database, "JOBBOT"))
                .masterKeys(KeyFile.loadOrCreate(dataDirectory.resolve("jobbot.keys")))
                .clock(clock)
                .backgroundWorkers(false)
                .cancellationGracePeriod(java.time.Duration.ofDays(7))
                .eventListener(this::onJobbotEvent)
                .build();
    }

    private static DataSource dataSource(Path database, String schema) {
        JdbcDataSource ds = new JdbcDataSource();
        String url = "jdbc:h2:file:" + database.toAbsolutePath();
        if (schema != null) {
            // Jobbot's SQL speaks PostgreSQL's dialect: on H2 its connections say so (docs/embedding.md).
            url += ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    + ";INIT=CREATE SCHEMA IF NOT EXISTS " + schema + "\\;SET SCHEMA " + schema;
        }
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }

    public void hire(String employeeId, String name) {
        update("MERGE INTO employees (id, name) KEY (id) VALUES (?, ?)", employeeId, name);
    }

    /** The employee's Jobbot account: created on first use, the same ever after. */
    public AccountId accountOf(String employeeId) {
        AccountId account = jobbot.accountFor(new ExternalSubject("hr|" + employeeId));
        if (jobbot.ageStatus(account).band().isEmpty()) {
            jobbot.declareAge(account, Optional.empty(), "EU"); // employees are adults, the platform knows
        }
        return account;
    }

    /** A whole practice interview for the job, with the same answer to every question; returns it finished. */
    public Interview practise(String employeeId, String jobTitle, String answer) {
        AccountId account = accountOf(employeeId);
        JobCreation created = jobbot.createJob(account, JobRequest.ofTitle(jobTitle));
        if (!(created instanceof JobCreation.Created job)) {
            throw new IllegalStateException("job not created: " + created);
        }
        InterviewOutcome started = jobbot.startInterview(account, job.job().id(), Interview.MIN_QUESTIONS);
        Interview interview = ((InterviewOutcome.Done) started).interview();
        for (Question q : interview.questions()) {
            jobbot.answer(account, interview.id(), q.id(), answer, Optional.empty(), chunk -> { });
        }
        Interview finished = ((InterviewOutcome.Done) jobbot.finish(account, interview.id())).interview();
        jobbot.dispatchEvents();
        return finished;
    }

    /** The employee leaves: the platform asks Jobbot to cancel the account; erasure follows after the grace period. */
    public void leave(String employeeId) {
        jobbot.cancelAccount(accountOf(employeeId));
        update("DELETE FROM employees WHERE id = ?", employeeId);
    }

    /** The platform's scheduler: erasures that are due, then events. */
    public int housekeeping() {
        int erased = jobbot.eraseDueAccounts(100);
        jobbot.dispatchEvents();
        return erased;
    }

    public Optional<Integer> mirroredScore(String employeeId) {
        try (Connection c = own.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT overall FROM practice_scores WHERE employee_id = ?")) {
            s.setString(1, employeeId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Jobbot jobbot() {
        return jobbot;
    }

    private void onJobbotEvent(JobbotEvent event) {
        String employee = event.externalSubject().filter(s -> s.startsWith("hr|")).map(s -> s.substring(3))
                .orElse(null);
        if (employee == null) {
            return;
        }
        switch (event) {
            case JobbotEvent.InterviewFinished f -> update(
                    "MERGE INTO practice_scores (employee_id, overall) KEY (employee_id) VALUES (?, ?)", employee,
                    f.overall());
            case JobbotEvent.AccountErased e -> update("DELETE FROM practice_scores WHERE employee_id = ?", employee);
            case JobbotEvent.ConsentChanged c -> { }
        }
    }

    private void execute(String sql) {
        try (Connection c = own.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = own.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jobbot.close();
    }
}

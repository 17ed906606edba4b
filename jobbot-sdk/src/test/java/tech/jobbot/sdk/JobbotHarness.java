package tech.jobbot.sdk;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.zaxxer.hikari.HikariDataSource;

import tech.jobbot.adapters.persistence.Database;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.minor.AgeDeclaration;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;

/**
 * A {@link Jobbot} on a private in-memory H2 database, with a test clock, a capturing mail
 * sender and no background threads; mail goes out only when a test calls {@link #deliverMail()}.
 */
public final class JobbotHarness implements AutoCloseable {
    public static final String CLIENT_IP = "203.0.113.7";
    public static final String FIREFOX_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";
    public static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

    private static final Optional<AgeDeclaration> ADULT = Optional.of(AgeDeclaration.adult("GLOBAL"));

    public final TestClock clock = TestClock.atDefaultStart();
    public final CapturingMailSender mail = new CapturingMailSender();
    public final HikariDataSource dataSource;
    public final Jobbot jobbot;

    private JobbotHarness(Path dataDirectory, UnaryOperator<Jobbot.Builder> customise) {
        this(Database.pool(DatabaseSettings.inMemory("jobbot-" + UUID.randomUUID())), dataDirectory, customise);
    }

    private JobbotHarness(HikariDataSource dataSource, Path dataDirectory, UnaryOperator<Jobbot.Builder> customise) {
        this.dataSource = dataSource;
        Jobbot.Builder builder = Jobbot.builder()
                .dataSource(dataSource)
                .dataDirectory(dataDirectory)
                .clock(clock)
                .mailSender(mail)
                .backgroundWorkers(false);
        this.jobbot = customise.apply(builder).build();
    }

    public static JobbotHarness start(Path dataDirectory) {
        return new JobbotHarness(dataDirectory, UnaryOperator.identity());
    }

    public static JobbotHarness start(Path dataDirectory, UnaryOperator<Jobbot.Builder> customise) {
        return new JobbotHarness(dataDirectory, customise);
    }

    /**
     * The harness on a fresh schema of the PostgreSQL database named by
     * {@code JOBBOT_TEST_POSTGRES_URL}; fails (never skips) without it.
     */
    public static JobbotHarness startOnPostgres(Path dataDirectory) {
        String url = System.getenv("JOBBOT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("JOBBOT_TEST_POSTGRES_URL is not set: PostgreSQL tests need a database");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at JOBBOT_TEST_POSTGRES_URL does not answer", e);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new JobbotHarness(Database.pool(new DatabaseSettings(withSchema, null, null, 4)), dataDirectory,
                UnaryOperator.identity());
    }

    public static EmailAddress email(String raw) {
        return EmailAddress.parse(raw);
    }

    public CodeRequestResult request(EmailAddress email) {
        return jobbot.requestSignInCode(new RequestSignInCodeCommand(email, Optional.empty(), CLIENT_IP));
    }

    public CodeRequestResult resend(EmailAddress email, FlowId flow) {
        return jobbot.requestSignInCode(new RequestSignInCodeCommand(email, Optional.of(flow), CLIENT_IP));
    }

    /** Requests a code, which must be granted, and returns its flow. */
    public FlowId requestGranted(EmailAddress email) {
        return assertInstanceOf(CodeRequestResult.Sent.class, request(email)).flowId();
    }

    public int deliverMail() {
        return jobbot.deliverMail();
    }

    /** Delivers pending mail and returns the code last mailed to the address. */
    public SignInCode codeMailedTo(EmailAddress email) {
        jobbot.deliverMail();
        return mail.lastCodeTo(email);
    }

    /** Signs in, declaring an adult at sign-up as the web app asks. */
    public SignInResult signIn(FlowId flow, EmailAddress email, SignInCode code) {
        return jobbot.signIn(new SignInCommand(flow, email, code, FIREFOX_ON_LINUX, ADULT));
    }

    /** The whole flow: request a code, read it from the mail, sign in with it (declaring an adult). */
    public SignInResult.SignedIn signInFully(EmailAddress email, String userAgent) {
        return signInFully(email, userAgent, ADULT);
    }

    /** The whole flow without an age declaration: the account keeps nothing beyond the email until one. */
    public SignInResult.SignedIn signInUndeclared(EmailAddress email) {
        return signInFully(email, FIREFOX_ON_LINUX, Optional.empty());
    }

    private SignInResult.SignedIn signInFully(EmailAddress email, String userAgent, Optional<AgeDeclaration> age) {
        FlowId flow = requestGranted(email);
        SignInCode code = codeMailedTo(email);
        return assertInstanceOf(SignInResult.SignedIn.class,
                jobbot.signIn(new SignInCommand(flow, email, code, userAgent, age)));
    }

    public SignInResult.SignedIn signInFully(EmailAddress email) {
        return signInFully(email, FIREFOX_ON_LINUX);
    }

    /** A finished three-question interview of the person for a job given by its title. */
    public Interview finishedInterview(AccountId owner, String jobTitle) {
        Job job = assertInstanceOf(JobCreation.Created.class,
                jobbot.createJob(owner, JobRequest.ofTitle(jobTitle))).job();
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                jobbot.startInterview(owner, job.id(), Interview.MIN_QUESTIONS)).interview();
        for (Question q : interview.questions()) {
            jobbot.answer(owner, interview.id(), q.id(), "In my last role I led the migration of our reporting to a"
                    + " new platform. I planned the work, wrote the queries and trained the team, and as a result"
                    + " reports arrived two days sooner.", Optional.empty(), chunk -> { });
        }
        return assertInstanceOf(InterviewOutcome.Done.class, jobbot.finish(owner, interview.id())).interview();
    }

    /** A small PNG of one colour, as an avatar upload. */
    public static byte[] png(int width, int height, java.awt.Color color) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A six-digit code that is certainly not the given one. */
    public static SignInCode wrong(SignInCode right) {
        return new SignInCode("%06d".formatted((Integer.parseInt(right.digits()) + 1) % 1_000_000));
    }

    @Override
    public void close() {
        jobbot.close();
        String url = dataSource.getJdbcUrl();
        dataSource.close();
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        // The in-memory database would otherwise live as long as the JVM.
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database", e);
        }
    }
}

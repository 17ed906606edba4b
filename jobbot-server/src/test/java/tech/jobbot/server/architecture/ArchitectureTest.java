package tech.jobbot.server.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tech.jobbot.adapters.mail.archfixture.MailAdapterUsingPersistence;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.domain.archfixture.DomainReadingTheClock;
import tech.jobbot.domain.archfixture.DomainUsingHelidon;
import tech.jobbot.ports.archfixture.PortUsingTheSdk;
import tech.jobbot.sdk.account.archfixture.ServiceNamingAnAdapter;
import tech.jobbot.server.archfixture.RouteNamingAnAdapter;

/**
 * Every production class of every module obeys the dependency rules; and each rule catches a
 * class written to break it, so a rule cannot pass by matching nothing.
 */
class ArchitectureTest {
    private static JavaClasses production;

    /** For each rule, the fixture written to break it (and what it reaches for). */
    private static final Map<String, List<Class<?>>> VIOLATORS = Map.ofEntries(
            Map.entry("server uses the sdk, not adapters", List.of(RouteNamingAnAdapter.class)),
            Map.entry("domain uses only the JDK", List.of(DomainUsingHelidon.class)),
            Map.entry("domain reads no clock", List.of(DomainReadingTheClock.class)),
            Map.entry("ports use only the domain", List.of(PortUsingTheSdk.class)),
            Map.entry("adapters do not use sdk or server", List.of(MailAdapterUsingPersistence.class)),
            Map.entry("adapters do not use each other",
                    List.of(MailAdapterUsingPersistence.class, DatabaseSettings.class)),
            Map.entry("only the sdk builder names adapters", List.of(ServiceNamingAnAdapter.class)),
            Map.entry("helidon only in the server", List.of(DomainUsingHelidon.class)),
            Map.entry("jdbi and flyway only in persistence", List.of(DomainUsingHelidon.class)),
            Map.entry("jakarta mail only in the mail adapter", List.of(DomainUsingHelidon.class)));

    @BeforeAll
    static void importClasses() {
        // Other modules arrive as jars or as target/classes folders; both count, test classes do not.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("tech/jobbot") || location.contains("jobbot-"))
                .importPackages("tech.jobbot");
    }

    @Test
    void production_classes_of_every_module_are_imported() {
        for (String pkg : new String[] {"tech.jobbot.domain", "tech.jobbot.ports", "tech.jobbot.adapters.persistence",
                "tech.jobbot.adapters.mail", "tech.jobbot.adapters.imaging", "tech.jobbot.adapters.web",
                "tech.jobbot.adapters.skills", "tech.jobbot.adapters.embedded", "tech.jobbot.adapters.openai",
                "tech.jobbot.adapters.catalog", "tech.jobbot.sdk", "tech.jobbot.server"}) {
            assertTrue(production.containPackage(pkg), "imported " + pkg);
        }
        assertFalse(production.contain(DomainReadingTheClock.class), "fixtures are not production code");
    }

    @TestFactory
    Stream<DynamicTest> production_code_follows_each_rule() {
        return JobbotArchitecture.ALL.entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(),
                () -> rule.getValue().check(production)));
    }

    @TestFactory
    Stream<DynamicTest> each_rule_catches_the_fixture_written_to_break_it() {
        assertEquals(JobbotArchitecture.ALL.keySet(), VIOLATORS.keySet(), "every rule has its fixture");
        return JobbotArchitecture.ALL.entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            JavaClasses fixture = new ClassFileImporter().importClasses(VIOLATORS.get(rule.getKey()));
            EvaluationResult result = rule.getValue().evaluate(fixture);
            assertTrue(result.hasViolation(), "rule '" + rule.getKey() + "' must reject its violating fixture");
        }));
    }

}

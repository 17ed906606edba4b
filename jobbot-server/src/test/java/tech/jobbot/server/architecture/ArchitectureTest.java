package tech.jobbot.server.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import tech.jobbot.domain.archfixture.DomainReadingTheClock;
import tech.jobbot.domain.archfixture.DomainUsingHelidon;
import tech.jobbot.ports.archfixture.PortUsingTheSdk;
import tech.jobbot.sdk.account.archfixture.ServiceNamingAnAdapter;

/**
 * Every production class of every module obeys the dependency rules; and each rule catches a
 * class written to break it, so a rule cannot pass by matching nothing.
 */
class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses violators;

    @BeforeAll
    static void importClasses() {
        // Other modules arrive as jars or as target/classes folders; both count, test classes do not.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("tech/jobbot") || location.contains("jobbot-"))
                .importPackages("tech.jobbot");
        violators = new ClassFileImporter().importClasses(DomainReadingTheClock.class, DomainUsingHelidon.class,
                PortUsingTheSdk.class, MailAdapterUsingPersistence.class, ServiceNamingAnAdapter.class,
                tech.jobbot.adapters.persistence.Database.class, tech.jobbot.sdk.Jobbot.class);
    }

    @Test
    void production_classes_of_every_module_are_imported() {
        for (String pkg : new String[] {"tech.jobbot.domain", "tech.jobbot.ports", "tech.jobbot.adapters.persistence",
                "tech.jobbot.adapters.mail", "tech.jobbot.adapters.imaging", "tech.jobbot.sdk", "tech.jobbot.server"}) {
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
    Stream<DynamicTest> each_rule_catches_a_deliberate_violation() {
        return JobbotArchitecture.ALL.entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            EvaluationResult result = rule.getValue().evaluate(violators);
            assertTrue(result.hasViolation(), "rule '" + rule.getKey() + "' must reject its violating fixture");
        }));
    }

}

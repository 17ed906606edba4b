package tech.jobbot.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md §2, as ArchUnit rules. */
final class JobbotArchitecture {
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = noClasses()
            .that().resideInAPackage("tech.jobbot.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("tech.jobbot.domain..", "java..",
                    "javax.crypto..")
            .because("the domain is pure: JDK only (with the JDK's cryptography, for TOTP)");

    static final ArchRule DOMAIN_READS_NO_CLOCK = noClasses()
            .that().resideInAPackage("tech.jobbot.domain..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time comes into the domain as an argument");

    static final ArchRule PORTS_USE_ONLY_DOMAIN = noClasses()
            .that().resideInAPackage("tech.jobbot.ports..")
            .should().dependOnClassesThat().resideOutsideOfPackages("tech.jobbot.ports..", "tech.jobbot.domain..",
                    "java..")
            .because("ports depend on the domain only");

    static final ArchRule ADAPTERS_DO_NOT_USE_SDK_OR_SERVER = noClasses()
            .that().resideInAPackage("tech.jobbot.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("tech.jobbot.sdk..", "tech.jobbot.server..")
            .because("adapters implement ports; the application wires them, not the other way round");

    static final ArchRule ADAPTERS_DO_NOT_USE_EACH_OTHER = slices()
            .matching("tech.jobbot.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter is one replaceable technology");

    static final ArchRule ONLY_THE_SDK_BUILDER_NAMES_ADAPTERS = noClasses()
            .that().resideInAPackage("tech.jobbot.sdk..")
            .and().doNotHaveFullyQualifiedName("tech.jobbot.sdk.Jobbot")
            .and().doNotHaveFullyQualifiedName("tech.jobbot.sdk.Jobbot$Builder")
            .should().dependOnClassesThat().resideInAPackage("tech.jobbot.adapters..")
            .because("application services see ports; only the composition root names adapters");

    static final ArchRule HELIDON_ONLY_IN_THE_SERVER = noClasses()
            .that().resideOutsideOfPackage("tech.jobbot.server..")
            .should().dependOnClassesThat().resideInAPackage("io.helidon..")
            .because("Helidon is the server's business");

    static final ArchRule JDBI_AND_FLYWAY_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage("tech.jobbot.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..")
            .because("SQL belongs to the persistence adapter");

    static final ArchRule JAKARTA_MAIL_ONLY_IN_MAIL = noClasses()
            .that().resideOutsideOfPackage("tech.jobbot.adapters.mail..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.mail..")
            .because("mail transport belongs to the mail adapter");

    static final ArchRule SERVER_USES_THE_SDK_NOT_ADAPTERS = noClasses()
            .that().resideInAPackage("tech.jobbot.server..")
            .and().haveNameNotMatching("tech\\.jobbot\\.server\\.Main(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("tech.jobbot.adapters..")
            .because("the server speaks to the SDK; only Main turns settings into adapter settings");

    static final Map<String, ArchRule> ALL = Map.ofEntries(
            Map.entry("server uses the sdk, not adapters", SERVER_USES_THE_SDK_NOT_ADAPTERS),
            Map.entry("domain uses only the JDK", DOMAIN_USES_ONLY_THE_JDK),
            Map.entry("domain reads no clock", DOMAIN_READS_NO_CLOCK),
            Map.entry("ports use only the domain", PORTS_USE_ONLY_DOMAIN),
            Map.entry("adapters do not use sdk or server", ADAPTERS_DO_NOT_USE_SDK_OR_SERVER),
            Map.entry("adapters do not use each other", ADAPTERS_DO_NOT_USE_EACH_OTHER),
            Map.entry("only the sdk builder names adapters", ONLY_THE_SDK_BUILDER_NAMES_ADAPTERS),
            Map.entry("helidon only in the server", HELIDON_ONLY_IN_THE_SERVER),
            Map.entry("jdbi and flyway only in persistence", JDBI_AND_FLYWAY_ONLY_IN_PERSISTENCE),
            Map.entry("jakarta mail only in the mail adapter", JAKARTA_MAIL_ONLY_IN_MAIL));

    private JobbotArchitecture() {
    }
}

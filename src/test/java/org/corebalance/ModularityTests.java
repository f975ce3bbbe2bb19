package org.corebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a module reaches into another's internals or modules depend in a cycle,
 * and writes the module picture (PlantUML and a canvas per module) to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CoreBalanceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Who is signed in is asked through shared.WhoIsSignedIn, so membership can later use any module without a cycle. */
    @Test
    void noModuleButMembershipDependsOnMembership() {
        var dependents = modules.stream()
                .filter(module -> !module.getIdentifier().toString().equals("membership"))
                .filter(module -> module.getAllDependencies(modules).containsModuleNamed("membership"))
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .toList();
        assertThat(dependents).isEmpty();
        assertThat(modules.getModuleByName("membership")).isPresent();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
        assertThat(Path.of("target", "spring-modulith-docs", "module-blog.puml")).content().contains("Blog");
        assertThat(Path.of("target", "spring-modulith-docs", "module-membership.adoc")).isNotEmptyFile();
    }
}

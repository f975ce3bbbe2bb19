package org.corebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another's internals or modules depend in a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CoreBalanceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
        assertThat(Path.of("target", "spring-modulith-docs", "module-blog.puml")).content().contains("Blog");
    }
}

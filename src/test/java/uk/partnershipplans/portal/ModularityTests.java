package uk.partnershipplans.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and the dependencies each allows itself ({@code @ApplicationModule(allowedDependencies = ...)} in its
 * package-info): no cycles, no reaching into another module's sub-packages. The diagram and each module's canvas are
 * written to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyTheDependenciesTheyAllow() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramAndCanvases() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}

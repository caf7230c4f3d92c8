package org.agora.viz.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The viz module's packages depend on each other one way only (the other modules' packages are
 * checked by the scenarios module's LayeringArchitectureTest; none of them can see viz).
 */
class VizPackageCyclesTest {

    @Test
    void noVizPackagesDependOnEachOther() {
        JavaClasses viz = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.agora.viz");
        assertThat(viz.stream().map(c -> c.getPackageName())).as("the import found viz's classes")
                .contains("org.agora.viz.gui", "org.agora.viz.analyze");
        slices().matching("org.agora.viz.(**)").should().beFreeOfCycles()
                .because("a package that depends on another must not be depended on by it")
                .check(viz);
    }
}

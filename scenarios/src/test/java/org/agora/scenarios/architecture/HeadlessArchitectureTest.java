package org.agora.scenarios.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.agora.scenarios.architecture.fixture.PaintsOnScreen;
import org.junit.jupiter.api.Test;

/**
 * Headless means headless: nothing outside the viz module may touch AWT, Swing or MASON's
 * display and portrayal packages, so that runs on servers and in sweeps never load them.
 * (This module sees every module but viz, so importing {@code org.agora} here covers them all.)
 */
class HeadlessArchitectureTest {

    static final ArchRule NO_GUI_OUTSIDE_VIZ = noClasses()
            .that().resideOutsideOfPackage("org.agora.viz..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "sim.display..", "sim.portrayal..")
            .because("only the viz module may depend on a display; headless runs must never load one");

    @Test
    void noClassOutsideVizDependsOnAwtSwingOrMasonDisplays() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.agora");
        assertThat(production.stream().map(c -> c.getPackageName()))
                .as("the import found the production classes")
                .contains("org.agora.core.kernel", "org.agora.scenarios.cli");
        NO_GUI_OUTSIDE_VIZ.check(production);
    }

    @Test
    void theRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(PaintsOnScreen.class);
        assertThat(NO_GUI_OUTSIDE_VIZ.evaluate(offender).hasViolation()).isTrue();
    }
}

package org.agora.scenarios.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.agora.scenarios.architecture.fixture.DrawsAChart;
import org.agora.scenarios.architecture.fixture.PlansAChart;
import org.agora.scenarios.architecture.fixture.SendsToKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map's layering (docs/architecture.md): the core and the model modules know neither
 * Kafka nor the experiment runner, only the command line wires those in; no two packages depend
 * on each other; and charts are planned and drawn in viz only. This module sees every module but viz, so
 * importing {@code org.agora} here covers them all (viz checks its own packages' cycles).
 */
class LayeringArchitectureTest {

    /** The core (artifact sim-core) and the model modules built on it. */
    static final String[] CORE_AND_MODELS = {
        "org.agora.core.config..", "org.agora.core.event..", "org.agora.core.kernel..", "org.agora.core.run..",
        "org.agora.core.scenario..", "org.agora.core.sink..", "org.agora.core.source..",
        "org.agora.agents..", "org.agora.wireless..", "org.agora.vehicles..",
    };

    static final ArchRule NO_KAFKA_OR_EXPERIMENTS_IN_MODELS = noKafkaOrExperimentsIn(CORE_AND_MODELS);

    static ArchRule noKafkaOrExperimentsIn(String... packages) {
        return noClasses()
                .that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.kafka..", "org.agora.core.kafka..", "org.agora.core.experiment..", "org.agora.core.script..")
                .because("the core and the models run without Kafka and without the experiment runner;"
                        + " the command line (scenarios) wires those in");
    }

    /**
     * The known cycles, each between the commons package and one of its own sub-packages: the
     * society looks its members' policies up in {@code commons.policies.PolicyKind}, whose policies
     * implement the commons' {@code HarvestPolicy}; and it publishes the events of
     * {@code commons.events}, one of which carries the commons' {@code Remark.Act}. They are named
     * here so that no other cycle can join them (the agents module is theirs to untangle).
     */
    static final ArchRule NO_PACKAGE_CYCLES_BUT_THE_COMMONS_OWN = slices().matching("org.agora.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.agora.agents.commons"),
                    resideInAnyPackage("org.agora.agents.commons.policies", "org.agora.agents.commons.events"))
            .because("a package that depends on another must not be depended on by it: each can be read,"
                    + " tested and moved on its own");

    /** Production classes only: neither test classes nor the test jars of the modules below. */
    static final ImportOption PRODUCTION = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.contains("-tests.jar");

    static final ArchRule NO_CHARTS_OUTSIDE_VIZ = noClasses()
            .that().resideOutsideOfPackage("org.agora.viz..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "sim.util.media.chart..")
            .because("one chart stack, in viz: the other modules export aggregates and chart plans only");

    static final ArchRule NO_CHART_PLANS_OUTSIDE_VIZ = noClasses()
            .that().resideOutsideOfPackage("org.agora.viz..")
            .should().callConstructorWhere(
                    target(owner(nameMatching("org\\.agora\\.core\\.experiment\\.SweepChart(\\$.*)?"))))
            .because("which charts a sweep or a training has is planned in viz: the other modules hand over aggregates");

    static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter()
                .withImportOption(PRODUCTION)
                .importPackages("org.agora");
        assertThat(production.stream().map(c -> c.getPackageName()))
                .as("the import found the production classes of every module but viz")
                .contains("org.agora.core.kernel", "org.agora.core.kafka", "org.agora.core.experiment",
                        "org.agora.agents.commons", "org.agora.wireless.market", "org.agora.vehicles.merge",
                        "org.agora.scenarios.cli");
    }

    @Test
    void theCoreAndTheModelsImportNeitherKafkaNorTheExperimentRunner() {
        NO_KAFKA_OR_EXPERIMENTS_IN_MODELS.check(production);
    }

    @Test
    void noPackagesDependOnEachOther() {
        NO_PACKAGE_CYCLES_BUT_THE_COMMONS_OWN.check(production);
    }

    @Test
    void nothingOutsideVizDrawsCharts() {
        NO_CHARTS_OUTSIDE_VIZ.check(production);
    }

    @Test
    void nothingOutsideVizPlansCharts() {
        NO_CHART_PLANS_OUTSIDE_VIZ.check(production);
    }

    @Test
    void theLayeringRuleCatchesAModelThatSendsToKafka() {
        JavaClasses offender = new ClassFileImporter().importClasses(SendsToKafka.class);
        ArchRule asIfItWereAModel = noKafkaOrExperimentsIn("org.agora.scenarios.architecture.fixture..");
        assertThat(asIfItWereAModel.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theChartRuleCatchesAChartOutsideViz() {
        JavaClasses offender = new ClassFileImporter().importClasses(DrawsAChart.class);
        assertThat(NO_CHARTS_OUTSIDE_VIZ.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theChartPlanRuleCatchesAChartPlannedOutsideViz() {
        JavaClasses offender = new ClassFileImporter().importClasses(PlansAChart.class);
        assertThat(NO_CHART_PLANS_OUTSIDE_VIZ.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.agora.scenarios.architecture.cycle");
        assertThat(cyclic.size()).isEqualTo(2);
        assertThat(NO_PACKAGE_CYCLES_BUT_THE_COMMONS_OWN.evaluate(cyclic).hasViolation()).isTrue();
    }
}

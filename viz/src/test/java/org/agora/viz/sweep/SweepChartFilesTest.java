package org.agora.viz.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepChartRenderer;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.run.SmallDisk;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SweepChartFilesTest {

    @TempDir
    Path dir;

    private Experiment experiment(String yaml, String name) {
        ScenarioCatalog catalog = ScenarioCatalog.of(List.of(new DiceScenario()), List.of());
        return new ExperimentFile(catalog).parse(ConfigNode.parseYaml(yaml, name + ".yaml"), dir, name)
                .withOutput(dir.resolve(name));
    }

    private static Document svg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the file names the SVG 1.1 DTD; checking it would need the network
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void theVizModuleProvidesTheSweepChartRenderer() {
        assertThat(ServiceLoader.load(SweepChartRenderer.class).stream().map(p -> p.type().getName()).toList())
                .containsExactly(SweepChartFiles.class.getName());
    }

    @Test
    void aSweepDrawsEachMetricAgainstEachParameterAsPngAndSvg() throws Exception {
        Experiment experiment = experiment("""
                scenario: test-dice
                grid: {sides: [4, 6, 8, 12], loaded: [false, true]}
                replications: 5
                metrics: [meanRoll]
                """, "dice");
        SweepOutcome outcome = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        Path charts = outcome.directory().resolve("charts");
        assertThat(outcome.charts().note()).isNull();
        assertThat(outcome.charts().files()).containsExactly(charts.resolve("meanRoll-vs-sides.png"),
                charts.resolve("meanRoll-vs-sides.svg"), charts.resolve("meanRoll-vs-loaded.png"),
                charts.resolve("meanRoll-vs-loaded.svg"));

        BufferedImage png = ImageIO.read(charts.resolve("meanRoll-vs-sides.png").toFile());
        assertThat(png.getWidth()).isEqualTo(SweepChartFiles.WIDTH);
        assertThat(png.getHeight()).isEqualTo(SweepChartFiles.HEIGHT);
        assertThat(colours(png)).as("lines, bands, text and axes, not a blank image").isGreaterThan(20);

        Document document = svg(charts.resolve("meanRoll-vs-loaded.svg"));
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getTextContent()).contains("meanRoll against loaded", "sides=4", "sides=12",
                "false", "true", "mean and 95% confidence interval over 5 runs per point");
    }

    @Test
    void theSameChartsGiveTheSameSvgFiles() throws Exception {
        Experiment experiment = experiment("""
                scenario: test-dice
                grid: {sides: [4, 6, 8]}
                replications: 3
                """, "again");
        new LocalSweep(experiment, 1).run(SweepProgress.NONE);
        List<RunRecord> records = Files.readAllLines(experiment.output().resolve("results.jsonl")).stream()
                .map(RunRecord::fromJson).toList();
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        new SweepChartFiles().render(charts, first);
        new SweepChartFiles().render(charts, second);
        assertThat(Files.readString(second.resolve("meanRoll-vs-sides.svg")))
                .isEqualTo(Files.readString(first.resolve("meanRoll-vs-sides.svg")));
    }

    @Test
    void aDiskThatFillsWhileChartsAreDrawnLeavesNoEmptyOrCutChart() throws Exception {
        Experiment experiment = experiment("""
                scenario: test-dice
                grid: {sides: [4, 6, 8, 12], loaded: [false, true]}
                replications: 3
                metrics: [meanRoll]
                """, "full");
        new LocalSweep(experiment, 1).run(SweepProgress.NONE);
        List<RunRecord> records = Files.readAllLines(experiment.output().resolve("results.jsonl")).stream()
                .map(RunRecord::fromJson).toList();
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        try (SmallDisk disk = SmallDisk.mount(dir, "40k")) {
            assertThatThrownBy(() -> new SweepChartFiles().render(charts, disk.path())).isInstanceOf(IOException.class);
            assertOnlyWholeCharts(disk.path());
        }
    }

    @Test
    void aSweepStoppedWhileItDrawsChartsIsInterruptedAndItsNextStartDrawsThem() throws Exception {
        Experiment experiment = experiment("""
                scenario: test-dice
                grid: {sides: [4, 6, 8, 12], loaded: [false, true]}
                replications: 2
                metrics: [meanRoll, rolls]
                """, "stopped");
        Path charts = experiment.output().resolve("charts");
        LocalSweep sweep = new LocalSweep(experiment, 1);
        Thread user = new Thread(() -> {
            // Ctrl-C as soon as the first chart is being written
            while (!holdsAFile(charts)) {
                Thread.onSpinWait();
            }
            sweep.requestStop();
        });
        user.setDaemon(true);
        user.start();
        SweepOutcome stopped = sweep.run(SweepProgress.NONE);
        user.join(10_000);

        assertThat(stopped.recorded()).isEqualTo(stopped.runs());
        assertThat(stopped.complete()).as("stopped while drawing charts").isFalse();
        assertThat(status(experiment)).isEqualTo("interrupted");
        assertThat(stopped.charts().files()).hasSizeLessThan(8);
        assertOnlyWholeCharts(charts);

        SweepOutcome resumed = new LocalSweep(experiment, 1).run(SweepProgress.NONE);
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.ranNow()).isZero();
        assertThat(resumed.charts().files()).hasSize(8).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
        assertThat(status(experiment)).isEqualTo("complete");
    }

    /** Every file in {@code directory} is a whole chart: no temporary file, none empty, every PNG readable. */
    private static void assertOnlyWholeCharts(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                assertThat(file.toString()).as("no temporary file left").doesNotEndWith(".tmp");
                assertThat(Files.size(file)).as("%s whole", file).isPositive();
                if (file.toString().endsWith(".png")) {
                    assertThat(ImageIO.read(file.toFile())).as("%s readable", file).isNotNull();
                }
            }
        }
    }

    private static boolean holdsAFile(Path directory) {
        try (var files = Files.list(directory)) {
            return files.findAny().isPresent();
        } catch (IOException notYetMade) {
            return false;
        }
    }

    private static String status(Experiment experiment) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(experiment.output().resolve("sweep.json").toFile())
                .path("status").asText();
    }

    @Test
    void sampledPointsAreDrawnAsMarksWithErrorBars() throws Exception {
        Experiment experiment = experiment("""
                scenario: test-dice
                sample: {count: 12, parameters: {sides: {min: 2, max: 40}}}
                replications: 3
                metrics: [meanRoll]
                """, "sampled");
        SweepOutcome outcome = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(outcome.charts().files()).hasSize(2);
        BufferedImage png = ImageIO.read(outcome.charts().files().get(0).toFile());
        assertThat(colours(png)).isGreaterThan(10);
    }

    @Test
    void aChartWithoutDataIsStillAFile() throws IOException {
        SweepChart empty = new SweepChart("empty", "nothing against nothing", "no runs", "x", "y", List.of(), true, List.of());
        List<Path> files = new SweepChartFiles().render(List.of(empty), dir);
        assertThat(files).allSatisfy(file -> assertThat(file).isNotEmptyFile());
    }
}

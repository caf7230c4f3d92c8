package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page reads as the terminal does: units, rounded numbers, the allocators compared as a table and a chart. */
class AnalysisReportTest {

    @TempDir
    Path dir;

    @Test
    void theSmallCellReportComparesTheAllocatorsInATableAndAChart() throws Exception {
        Path run = dir.resolve("cells");
        assertThat(new HeadlessRun(ScenarioCatalog.installed().resolve("smallcell-market").withUntil(20), run).execute().done()).isTrue();
        Cli cli = Cli.run("analyze", run.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        String html = Files.readString(run.resolve("analysis/index.html"));
        assertThat(html).contains("<th>metric</th><th>market</th><th>waitForHandover</th><th>equalSplit</th><th>optimum</th><th>unit</th>")
                .containsPattern("<tr><td>degradedOutageTime</td>(<td class=\"n\">[0-9.]+</td>){4}<td>user·s</td></tr>")
                .containsPattern("<tr><td>gapToOptimum</td>.*<td>fraction</td></tr>")
                .contains("charts/compared.svg")
                .doesNotContainPattern("<td class=\"n\">-?[0-9]+\\.[0-9]{6,}");
        assertThat(run.resolve("analysis/charts/compared.svg")).exists();
        assertThat(run.resolve("analysis/charts/compared.png")).exists();
    }

    @Test
    void theCommonsReportGivesUnitsAndTheStopTimeInMonths() throws Exception {
        Path run = dir.resolve("fishery");
        assertThat(new HeadlessRun(ScenarioCatalog.installed().resolve("govsim-fishery"), run).execute().done()).isTrue();
        Cli cli = Cli.run("analyze", run.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        String html = Files.readString(run.resolve("analysis/index.html"));
        assertThat(html).contains("<th>stop time</th><td>12 months</td>")
                .contains("<tr><td>survivalTime</td><td class=\"n\">12</td><td>months</td></tr>")
                .contains("<tr><td>equality</td><td class=\"n\">0.9758</td><td>fraction</td></tr>")
                .contains("<th>conditional-cooperator</th><th>noisy-sustainable</th>");
    }
}

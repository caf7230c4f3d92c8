package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.agents.llm.TestEndpoints;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora analyze} of a run with language-model members: calls and tokens per month. Headless. */
class AnalyzeLanguageModelsTest {

    @TempDir
    Path dir;

    @Test
    void theReportCountsCallsAndTokensPerMonth() throws Exception {
        ScenarioSpec spec = TestEndpoints.onTestServer(ScenarioCatalog.installed().resolve("govsim-fishery-llm")).withUntil("2 months");
        Path run = dir.resolve("run");
        assertThat(new HeadlessRun(spec, run).execute().done()).isTrue();
        RunAnalysis analysis = new RunAnalysis("events", ScenarioCatalog.installed());
        long calls;
        try (var source = new org.agora.core.source.JsonLinesSource(run.resolve(HeadlessRun.EVENTS_FILE),
                org.agora.core.sink.EventJsonCodec.installed(), org.agora.core.source.ReadOptions.failOnBadRecords())) {
            for (var event = source.next(java.time.Duration.ZERO); event.isPresent(); event = source.next(java.time.Duration.ZERO)) {
                analysis.accept(event.get());
            }
        }
        calls = analysis.countsByType().get("LanguageModelCalled");
        assertThat(analysis.languageModelUse()).containsOnlyKeys(1, 2);
        assertThat(analysis.languageModelUse().values().stream().mapToLong(use -> use[0]).sum()).isEqualTo(calls);
        assertThat(analysis.languageModelUse().get(1)[1]).as("prompt tokens").isPositive();

        Cli cli = Cli.run("analyze", run.resolve(HeadlessRun.EVENTS_FILE).toString(), "--out", dir.resolve("report").toString());
        assertThat(cli.status()).isZero();
        assertThat(Files.readString(dir.resolve("report").resolve(AnalysisReport.INDEX)))
                .contains("Language-model calls per month").contains("<tr><th>all</th><td class=\"n\">" + calls + "</td>");
    }
}

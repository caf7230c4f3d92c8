package org.agora.viz.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.SummaryFile;
import org.agora.scenarios.cli.SummaryText;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.ChartRendering;
import org.agora.viz.chart.Series;

/**
 * Writes what {@code agora analyze} found into a directory: {@code summary.json} (the summary
 * recomputed from the events, in the form a run writes its own), {@code charts/ID.png},
 * {@code .svg} and {@code .csv} (the data behind the chart), and {@code index.html} that shows
 * them. Charts are drawn headless.
 */
public final class AnalysisReport {

    static final String CHARTS = "charts";
    static final String INDEX = "index.html";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 450;

    private AnalysisReport() {
    }

    /**
     * @param comparison what comparing the summary with the run's own summary.json found, or null if there was none
     * @return the files written, relative to {@code directory}
     */
    public static List<String> write(RunAnalysis analysis, String location, Path directory, SummaryComparison comparison,
            long skipped) {
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(directory.resolve(CHARTS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        analysis.summary().ifPresent(summary -> {
            SummaryFile.write(directory.resolve(HeadlessRun.SUMMARY_FILE), summary, analysis.scenario().metrics());
            written.add(HeadlessRun.SUMMARY_FILE);
        });
        analysis.summary().ifPresent(summary -> {
            int group = 0;
            for (var compared : SummaryText.comparisons(summary).entrySet()) {
                if (compared.getValue().size() > 1) {
                    String base = comparisonBase(group++);
                    ComparisonChart.write(ComparisonChart.draw(compared.getKey(), compared.getValue()), directory, base,
                            WIDTH, HEIGHT + 150);
                    written.add(base + ".png");
                    written.add(base + ".svg");
                }
            }
        });
        for (Chart chart : analysis.charts()) {
            String base = CHARTS + "/" + chart.id();
            ChartRendering.writePng(chart, directory.resolve(base + ".png"), WIDTH, HEIGHT);
            ChartRendering.writeSvg(chart, directory.resolve(base + ".svg"), WIDTH, HEIGHT);
            writeCsv(chart, directory.resolve(base + ".csv"));
            written.add(base + ".png");
            written.add(base + ".svg");
            written.add(base + ".csv");
        }
        writeText(directory.resolve(INDEX), Html.page(analysis, location, comparison, skipped));
        written.add(INDEX);
        return written;
    }

    private static String comparisonBase(int group) {
        return CHARTS + "/compared" + (group == 0 ? "" : "-" + (group + 1));
    }

    /** One row per point: series, x, y (the chart's axes name the units). */
    static void writeCsv(Chart chart, Path file) {
        StringBuilder text = new StringBuilder("series,x,y\n");
        for (Series series : chart.allSeries()) {
            for (int i = 0; i < series.size(); i++) {
                text.append(csv(series.name())).append(',').append(series.x(i)).append(',').append(series.y(i)).append('\n');
            }
        }
        writeText(file, text.toString());
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The HTML page. */
    private static final class Html {

        static String page(RunAnalysis analysis, String location, SummaryComparison comparison, long skipped) {
            StringBuilder html = new StringBuilder();
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                    .append(escape("Agora analysis: " + analysis.runId())).append("</title>\n<style>\n")
                    .append("body{font-family:sans-serif;margin:2em;max-width:1000px}")
                    .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}")
                    .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%;border:1px solid #eee}")
                    .append(".warn{color:#a40}\n</style>\n</head>\n<body>\n");
            html.append("<h1>").append(escape(analysis.scenario().id())).append(" — run ").append(escape(analysis.runId()))
                    .append("</h1>\n<table>\n");
            row(html, "events from", location);
            row(html, "scenario", analysis.scenario().id() + ": " + analysis.scenario().summary());
            row(html, "seed", Long.toString(analysis.runStarted().seed()));
            row(html, "stop time", SummaryText.time(analysis.scenario(), analysis.runStarted().untilS()));
            row(html, "events read", Long.toString(analysis.events()));
            row(html, "complete", analysis.runFinished().map(f -> "yes (RunFinished at " + f.simulatedS() + " s)")
                    .orElse("no: the events end before RunFinished"));
            if (skipped > 0) {
                row(html, "bad records skipped", Long.toString(skipped));
            }
            html.append("</table>\n<h2>Summary recomputed from the events</h2>\n");
            if (analysis.summary().isEmpty()) {
                html.append("<p class=\"warn\">").append(escape(analysis.scenario().id()))
                        .append(" cannot recompute its summary from events.</p>\n");
            } else {
                if (comparison != null) {
                    html.append(comparison.equal() ? "<p>Equal to the run's own summary.json.</p>\n"
                            : "<p class=\"warn\">" + escape("Differs from the run's own summary.json: " + comparison.describe())
                                    + "</p>\n");
                }
                summaryTables(html, analysis.summary().get(), SummaryText.units(analysis.scenario().metrics()));
            }
            html.append("<h2>Charts</h2>\n");
            for (Chart chart : analysis.charts()) {
                String base = CHARTS + "/" + chart.id();
                html.append("<figure>\n<img src=\"").append(base).append(".svg\" alt=\"").append(escape(chart.title()))
                        .append("\">\n<figcaption>").append(escape(chart.title())).append(" — <a href=\"").append(base)
                        .append(".png\">PNG</a>, <a href=\"").append(base).append(".svg\">SVG</a>, <a href=\"").append(base)
                        .append(".csv\">data</a></figcaption>\n</figure>\n");
            }
            if (!analysis.languageModelUse().isEmpty()) {
                html.append("<h2>Language-model calls per month</h2>\n<table>\n<tr><th>month</th><th>calls</th>"
                        + "<th>prompt tokens</th><th>completion tokens</th></tr>\n");
                long[] total = new long[3];
                for (Map.Entry<Integer, long[]> month : analysis.languageModelUse().entrySet()) {
                    long[] use = month.getValue();
                    html.append("<tr><td>").append(month.getKey()).append("</td><td class=\"n\">").append(use[0])
                            .append("</td><td class=\"n\">").append(use[1]).append("</td><td class=\"n\">").append(use[2])
                            .append("</td></tr>\n");
                    for (int i = 0; i < 3; i++) {
                        total[i] += use[i];
                    }
                }
                html.append("<tr><th>all</th><td class=\"n\">").append(total[0]).append("</td><td class=\"n\">")
                        .append(total[1]).append("</td><td class=\"n\">").append(total[2]).append("</td></tr>\n</table>\n");
            }
            html.append("<h2>Events by type</h2>\n<table>\n<tr><th>type</th><th>events</th></tr>\n");
            for (Map.Entry<String, Long> type : analysis.countsByType().entrySet()) {
                html.append("<tr><td>").append(escape(type.getKey())).append("</td><td class=\"n\">").append(type.getValue())
                        .append("</td></tr>\n");
            }
            return html.append("</table>\n</body>\n</html>\n").toString();
        }

        /**
         * The metrics that are one value, with their units and rounded; then each group of metrics
         * that compare the same alternatives, as a table (a column per alternative) and a chart.
         */
        private static void summaryTables(StringBuilder html, Map<String, Object> summary, Map<String, String> units) {
            html.append("<table>\n<tr><th>metric</th><th>value</th><th>unit</th></tr>\n");
            for (Map.Entry<String, Object> metric : summary.entrySet()) {
                if (metric.getValue() == null || SummaryText.isScalar(metric.getValue())) {
                    String unit = units.getOrDefault(metric.getKey(), "");
                    String value = metric.getValue() == null ? "n/a" : SummaryText.format(metric.getValue(), "");
                    html.append("<tr><td>").append(escape(metric.getKey())).append("</td><td class=\"n\">").append(escape(value))
                            .append("</td><td>").append(escape(unit)).append("</td></tr>\n");
                }
            }
            html.append("</table>\n");
            int group = 0;
            for (var comparison : SummaryText.comparisons(summary).entrySet()) {
                html.append("<table>\n<tr><th>metric</th>");
                comparison.getKey().forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
                html.append("<th>unit</th></tr>\n");
                for (Map.Entry<String, Map<?, ?>> row : comparison.getValue().entrySet()) {
                    html.append("<tr><td>").append(escape(row.getKey())).append("</td>");
                    for (Object value : row.getValue().values()) {
                        html.append("<td class=\"n\">").append(escape(value == null ? "–" : SummaryText.number(value))).append("</td>");
                    }
                    html.append("<td>").append(escape(units.getOrDefault(row.getKey(), ""))).append("</td></tr>\n");
                }
                html.append("</table>\n");
                if (comparison.getValue().size() > 1) {
                    String base = comparisonBase(group++);
                    html.append("<figure>\n<img src=\"").append(base).append(".svg\" alt=\"the same metrics as bars\">\n")
                            .append("<figcaption>The table as bars, each metric relative to its largest value — <a href=\"")
                            .append(base).append(".png\">PNG</a>, <a href=\"").append(base).append(".svg\">SVG</a></figcaption>\n</figure>\n");
                }
            }
        }

        private static void row(StringBuilder html, String name, String value) {
            html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
        }

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}

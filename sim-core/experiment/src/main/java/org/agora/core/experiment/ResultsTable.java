package org.agora.core.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code results.csv}: one row per run with its index, point, replication and
 * seed, the varied parameters, its status, every collected metric, its wall time and, if it
 * failed, the error.
 */
final class ResultsTable {

    private final List<String> varied;
    private final List<String> metrics;

    ResultsTable(List<String> varied, List<String> metrics) {
        this.varied = List.copyOf(varied);
        this.metrics = List.copyOf(metrics);
    }

    static ResultsTable of(Experiment experiment) {
        return new ResultsTable(experiment.varied(), experiment.metricNames());
    }

    String header() {
        List<String> columns = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        columns.addAll(varied);
        columns.add("status");
        columns.addAll(metrics);
        columns.add("wallSeconds");
        columns.add("error");
        return Csv.line(columns);
    }

    String row(RunRecord record) {
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(record.run()));
        fields.add(Integer.toString(record.point()));
        fields.add(Integer.toString(record.replication()));
        fields.add(Long.toString(record.seed()));
        for (String name : varied) {
            fields.add(Csv.value(record.parameters().get(name)));
        }
        fields.add(record.status().word());
        for (String metric : metrics) {
            fields.add(Csv.value(record.metrics().get(metric)));
        }
        fields.add(Csv.value(record.wallSeconds()));
        fields.add(record.error());
        return Csv.line(fields);
    }
}

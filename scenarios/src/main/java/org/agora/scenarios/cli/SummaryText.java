package org.agora.scenarios.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.core.config.SimTime;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Scenario;

/**
 * A run's summary as a researcher reads it on the terminal: every metric with its unit, numbers
 * rounded to what they mean, fractions also as percentages, and metrics that compare the same
 * alternatives (the small cells' allocators) as one table with a column per alternative.
 */
public final class SummaryText {

    /** Maps of more entries than this (one gain per member of a large society) are left to summary.json. */
    private static final int MAX_COLUMNS = 8;
    private static final String FRACTION = "fraction";
    private static final String FLAG = "0/1";
    /** What a metric that has no value in this run (a mean over nothing) prints. */
    public static final String NOT_APPLICABLE = "n/a (not applicable in this run)";

    private SummaryText() {
    }

    /**
     * The lines for a summary, each indented by two spaces.
     *
     * @param summary the metrics by name, as summary.json has them
     * @param metrics the scenario's declared metrics (for units); undeclared ones print without a unit
     */
    public static List<String> lines(Map<String, Object> summary, List<Metric> metrics) {
        Map<String, String> units = units(metrics);
        List<String[]> scalars = new ArrayList<>();
        for (Map.Entry<String, Object> metric : summary.entrySet()) {
            Object value = metric.getValue();
            String unit = units.getOrDefault(metric.getKey(), "");
            if (value == null) {
                scalars.add(new String[] {metric.getKey(), NOT_APPLICABLE});
            } else if (isScalar(value)) {
                scalars.add(new String[] {metric.getKey(), format(value, unit)});
            }
        }
        Map<List<String>, Map<String, Map<?, ?>>> tables = comparisons(summary);
        List<String> lines = new ArrayList<>();
        int width = scalars.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        for (String[] row : scalars) {
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", row[0], row[1]).stripTrailing());
        }
        for (Map.Entry<List<String>, Map<String, Map<?, ?>>> table : tables.entrySet()) {
            if (table.getValue().size() == 1) {
                Map.Entry<String, Map<?, ?>> only = table.getValue().entrySet().iterator().next();
                String unit = units.getOrDefault(only.getKey(), "");
                List<String> parts = new ArrayList<>();
                only.getValue().forEach((k, v) -> parts.add(k + " " + format(v, unit)));
                lines.add("  " + only.getKey() + ": " + String.join(", ", parts));
            } else {
                lines.addAll(table(table.getKey(), table.getValue(), units));
            }
        }
        return lines;
    }

    /**
     * The metrics whose values are small maps of numbers (at most eight entries), grouped by their
     * keys: metrics that compare the same alternatives (the small cells' allocators) share a group.
     */
    public static Map<List<String>, Map<String, Map<?, ?>>> comparisons(Map<String, Object> summary) {
        Map<List<String>, Map<String, Map<?, ?>>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, Object> metric : summary.entrySet()) {
            if (metric.getValue() instanceof Map<?, ?> map && !map.isEmpty() && map.size() <= MAX_COLUMNS && allScalar(map)) {
                List<String> columns = map.keySet().stream().map(String::valueOf).toList();
                tables.computeIfAbsent(columns, c -> new LinkedHashMap<>()).put(metric.getKey(), map);
            }
        }
        return tables;
    }

    private static List<String> table(List<String> columns, Map<String, Map<?, ?>> rows, Map<String, String> units) {
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[columns.size() + 2];
        header[0] = "";
        for (int i = 0; i < columns.size(); i++) {
            header[i + 1] = columns.get(i);
        }
        header[header.length - 1] = "unit";
        cells.add(header);
        for (Map.Entry<String, Map<?, ?>> row : rows.entrySet()) {
            String unit = units.getOrDefault(row.getKey(), "");
            String[] line = new String[columns.size() + 2];
            line[0] = row.getKey();
            int i = 1;
            for (Object value : row.getValue().values()) {
                line[i++] = value == null ? "–" : number(value);
            }
            line[line.length - 1] = unit;
            cells.add(line);
        }
        int[] widths = new int[header.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder("  ");
            for (int i = 0; i < line.length; i++) {
                boolean label = i == 0 || i == line.length - 1;
                text.append(String.format(Locale.ROOT, "%" + (label ? "-" : "") + widths[i] + "s", line[i])).append("  ");
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    /** Whether a summary value is one number, text or flag (not a list or map). */
    public static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof String || value instanceof Boolean;
    }

    private static boolean allScalar(Map<?, ?> map) {
        return map.values().stream().allMatch(v -> v == null || v instanceof Number);
    }

    /** Each declared metric's unit, by name. */
    public static Map<String, String> units(List<Metric> metrics) {
        Map<String, String> units = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            units.put(metric.name(), metric.unit());
        }
        return units;
    }

    /** A value with its unit; a fraction also as a percentage. */
    public static String format(Object value, String unit) {
        if (value == null) {
            return "–";
        }
        if (!(value instanceof Number number)) {
            return String.valueOf(value);
        }
        String text = number(number);
        if (unit.equals(FLAG)) {
            return text + (number.doubleValue() == 0 ? " (no)" : " (yes)");
        }
        if (unit.equals(FRACTION)) {
            return text + " (" + percent(number.doubleValue()) + ")";
        }
        return unit.isEmpty() ? text : text + " " + unit;
    }

    private static String percent(double fraction) {
        double percent = fraction * 100;
        return (Math.abs(percent - Math.rint(percent)) < 0.05 ? Long.toString(Math.round(percent))
                : String.format(Locale.ROOT, "%.1f", percent)) + "%";
    }

    /** A number to four significant digits, whole numbers as they are, large ones in E notation. */
    public static String number(Object value) {
        if (!(value instanceof Double || value instanceof Float)) {
            return String.valueOf(value);
        }
        double v = ((Number) value).doubleValue();
        if (!Double.isFinite(v) || v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Parameter.number(v);
        }
        if (Math.abs(v) >= 1e7) {
            return String.format(Locale.ROOT, "%.4g", v).replace("e+0", "E").replace("e+", "E");
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * How long a run was, in the scenario's own unit: months played for the monthly societies
     * (a 12-month run ends when month 12 starts to be played out, at 11 × 30 days), else seconds.
     */
    public static String simulated(Scenario scenario, double seconds) {
        double round = scenario.roundLength();
        if (round == SimTime.MONTH) {
            long months = (long) Math.floor(seconds / round + 1e-9) + 1;
            return months + (months == 1 ? " month" : " months");
        }
        return number(seconds) + " s";
    }

    /** A stop time or an instant in the scenario's own unit: whole months as months, else seconds. */
    public static String time(Scenario scenario, double seconds) {
        if (scenario.roundLength() == SimTime.MONTH && seconds > 0 && Math.abs(seconds / SimTime.MONTH
                - Math.rint(seconds / SimTime.MONTH)) < 1e-9) {
            long months = Math.round(seconds / SimTime.MONTH);
            return months + (months == 1 ? " month" : " months");
        }
        return number(seconds) + " s";
    }
}

package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.agora.core.config.JsonMapping;
import org.agora.core.scenario.Parameter;

/** CSV as RFC 4180 writes it: a field with a comma, a quote or a line end is quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    /** One line (with its line end) of these fields. */
    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append('\n').toString();
    }

    static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * A value as a table shows it: whole numbers without {@code .0}, other reals in Java's
     * shortest exact form, lists and maps as JSON, nothing for null.
     */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Parameter.number(number) : Double.toString(number);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            try {
                return JsonMapping.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }
}

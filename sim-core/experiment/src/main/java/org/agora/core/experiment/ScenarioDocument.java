package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.JsonMapping;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;

/**
 * A resolved scenario written back as a scenario file (in JSON, which scenario files accept):
 * how a distributed sweep ships a run to a worker on another machine, which reads it with the
 * same strict reader as any scenario file. Every value is written so that it reads back exactly
 * (reals in plain decimal notation with all their digits); the worker checks that it resolves
 * the document to the same run id as the coordinator did.
 */
final class ScenarioDocument {

    private ScenarioDocument() {
    }

    /** The spec as a scenario file's JSON text. */
    static String of(ScenarioSpec spec) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", spec.scenario().id());
        document.put("description", spec.description());
        document.put("seed", spec.seed());
        document.put("until", exact(spec.until()));
        document.put("parameters", values(spec.parameters()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Population.Group group : spec.population().groups()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", group.kind());
            entry.put("count", group.count());
            entry.putAll(values(group.parameters()));
            groups.add(entry);
        }
        if (!spec.scenario().populationKinds().isEmpty()) {
            document.put("population", groups);
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("events", spec.outputs().events());
        if (!spec.outputs().filter().include().isEmpty()) {
            outputs.put("include", List.copyOf(spec.outputs().filter().include()));
        }
        if (!spec.outputs().filter().exclude().isEmpty()) {
            outputs.put("exclude", List.copyOf(spec.outputs().filter().exclude()));
        }
        if (!spec.outputs().filter().sampleEvery().isEmpty()) {
            outputs.put("sample", spec.outputs().filter().sampleEvery());
        }
        document.put("outputs", outputs);
        if (!spec.interventions().isEmpty()) {
            List<Map<String, Object>> interventions = new ArrayList<>();
            for (Intervention intervention : spec.interventions()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                if (intervention.round() > 0) {
                    entry.put("round", intervention.round());
                } else {
                    entry.put("at", exact(intervention.time()));
                }
                entry.put("action", intervention.action());
                entry.putAll(values(intervention.arguments()));
                interventions.add(entry);
            }
            document.put("interventions", interventions);
        }
        try {
            return JsonMapping.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario value cannot be written as JSON", e);
        }
    }

    /**
     * Reads a document written by {@link #of}.
     *
     * @param source names the document in messages (a sweep's run)
     * @throws org.agora.core.config.BadInputException if this installation cannot resolve it
     */
    static ScenarioSpec read(String document, String source, String name, ScenarioCatalog catalog) {
        return new ScenarioFile(catalog).parse(ConfigNode.parseYaml(document, source), name);
    }

    private static Map<String, Object> values(Parameters parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.asMap().forEach((name, value) -> values.put(name, exactValue(value)));
        return values;
    }

    private static Object exactValue(Object value) {
        if (value instanceof Double number) {
            return exact(number);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ScenarioDocument::exactValue).toList();
        }
        return value;
    }

    /** A real as a plain decimal with every digit Java needs to read it back as the same double. */
    private static BigDecimal exact(double value) {
        return new BigDecimal(Double.toString(value));
    }
}

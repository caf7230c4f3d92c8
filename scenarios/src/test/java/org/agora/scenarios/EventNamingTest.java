package org.agora.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * Every installed event type follows the naming rules of docs/events.md ("Names and units"): a
 * closed set of values (a reason, a cause, a kind, an outcome) is an enum, not a string; a
 * floating-point field names its unit with a suffix of the scheme, or is one of the dimensionless
 * fields the page lists. Nested records (the points of an intent, the sites of a city) count too.
 */
class EventNamingTest {

    private static final Path SCHEMA = Path.of("../docs/events.md");

    /** The unit suffixes of docs/events.md, longest first so that {@code Mps2} is not read as {@code S}. */
    static final List<String> UNIT_SUFFIXES = List.of("PerMbit", "PerHour", "PerKm", "Mps2", "Mps", "Dbm", "Bps", "Rad",
            "Db", "Hz", "Ms", "Km", "M", "S", "W");

    /** Names whose string values would be a closed set, and must be enums instead (worded ones keep their JSON). */
    private static final Pattern CLOSED_SET = Pattern.compile("(?i).*(reason|cause|kind|outcome|density|purpose)");

    private static final Pattern DIMENSIONLESS_BLOCK = Pattern.compile(
            "<!-- dimensionless -->(.*?)<!-- /dimensionless -->", Pattern.DOTALL);

    @Test
    void reasonsCausesKindsOutcomesDensitiesAndPurposesAreEnums() {
        List<String> strings = new ArrayList<>();
        for (Field field : fields()) {
            if (field.type() == String.class && CLOSED_SET.matcher(field.name()).matches()) {
                strings.add(field.toString());
            }
        }
        assertThat(strings).as("closed sets held in strings").isEmpty();
    }

    @Test
    void everyFloatingPointFieldNamesItsUnitOrIsListedAsDimensionless() throws IOException {
        Set<String> dimensionless = dimensionless();
        List<String> unnamed = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Field field : fields()) {
            if (!field.floatingPoint()) {
                continue;
            }
            if (dimensionless.contains(field.name())) {
                used.add(field.name());
            } else if (unitSuffix(field.name()) == null) {
                unnamed.add(field.toString());
            }
        }
        assertThat(unnamed).as("floating-point fields without a unit suffix, not listed as dimensionless").isEmpty();
        assertThat(used).as("every name listed as dimensionless is a field of some event").isEqualTo(dimensionless);
    }

    @Test
    void theSuffixRuleTellsUnitsFromWords() {
        assertThat(unitSuffix("speedMps")).isEqualTo("Mps");
        assertThat(unitSuffix("accelerationMps2")).isEqualTo("Mps2");
        assertThat(unitSuffix("xM")).isEqualTo("M");
        assertThat(unitSuffix("outageS")).isEqualTo("S");
        assertThat(unitSuffix("flowVehPerHour")).isEqualTo("PerHour");
        assertThat(unitSuffix("speed")).isNull();
        assertThat(unitSuffix("M")).as("a suffix needs a name before it").isNull();
        assertThat(unitSuffix("welfareS2")).isNull();
        assertThat(unitSuffix("rewardsMS")).as("a suffix follows a lower-case letter").isNull();
    }

    /** The suffix {@code name} ends with, after a lower-case letter or digit, or null. */
    static String unitSuffix(String name) {
        for (String suffix : UNIT_SUFFIXES) {
            int at = name.length() - suffix.length();
            if (at > 0 && name.endsWith(suffix)) {
                char before = name.charAt(at - 1);
                return Character.isLowerCase(before) || Character.isDigit(before) ? suffix : null;
            }
        }
        return null;
    }

    /** The names docs/events.md lists between its dimensionless markers, each in backticks. */
    static Set<String> dimensionless() throws IOException {
        Matcher block = DIMENSIONLESS_BLOCK.matcher(Files.readString(SCHEMA));
        assertThat(block.find()).as("docs/events.md lists the dimensionless fields").isTrue();
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("`(\\w+)`").matcher(block.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    /** One payload field: of an event type, or of a record nested in one. */
    record Field(String owner, String name, Class<?> type, boolean floatingPoint) {
        @Override
        public String toString() {
            return owner + "." + name + " (" + type.getSimpleName() + ")";
        }
    }

    /** The payload fields of every installed event type but the platform's test fixtures, nested records included. */
    static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Class<? extends Event> type : EventTypes.installed().all().values()) {
            if (!type.getPackageName().startsWith("org.agora.core.testing")) {
                collect(type, true, fields, new TreeSet<>());
            }
        }
        return fields;
    }

    private static void collect(Class<?> record, boolean event, List<Field> fields, Set<String> seen) {
        if (!seen.add(record.getName())) {
            return;
        }
        RecordComponent[] components = record.getRecordComponents();
        for (int i = event ? 1 : 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Class<?> element = innermost(component.getGenericType());
            boolean floating = element == double.class || element == float.class || element == Double.class
                    || element == Float.class;
            fields.add(new Field(record.getSimpleName(), component.getName(), component.getType(), floating));
            if (element.isRecord()) {
                collect(element, false, fields, seen);
            }
        }
    }

    /** The element type of a (nested) list, or the type itself. */
    private static Class<?> innermost(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return innermost(parameterized.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }
}

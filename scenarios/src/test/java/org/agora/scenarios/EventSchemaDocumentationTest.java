package org.agora.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.junit.jupiter.api.Test;

/** docs/events.md stays true to the code: every installed event type is there with its fields. */
class EventSchemaDocumentationTest {

    private static final Path SCHEMA = Path.of("../docs/events.md");

    @Test
    void everyEventTypeIsDocumentedWithItsFields() throws IOException {
        String doc = Files.readString(SCHEMA);
        for (Map.Entry<String, Class<? extends Event>> type : EventTypes.installed().all().entrySet()) {
            if (type.getValue().getPackageName().startsWith("org.agora.core.testing")) {
                continue;
            }
            String heading = "### " + type.getKey();
            assertThat(doc).as("docs/events.md documents %s", type.getKey()).contains(heading);
            int start = doc.indexOf(heading);
            int end = doc.indexOf("\n### ", start + heading.length());
            String section = doc.substring(start, end < 0 ? doc.length() : end);
            RecordComponent[] components = type.getValue().getRecordComponents();
            for (int i = 1; i < components.length; i++) {
                assertThat(section).as("docs/events.md documents %s.%s", type.getKey(), components[i].getName())
                        .contains("`" + components[i].getName() + "`");
            }
        }
    }
}

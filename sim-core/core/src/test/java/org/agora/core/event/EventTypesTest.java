package org.agora.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.agora.core.testing.WalkerStepped;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    record NoHeader(int x) implements Event {
        @Override
        public EventHeader header() {
            return null;
        }
    }

    record ClashingName(EventHeader header, double time) implements Event {
    }

    record Fine(EventHeader header, double amount) implements Event {
    }

    @Test
    void installedTypesComeFromTheCatalogsOnTheClassPath() {
        assertThat(EventTypes.installed().byName("WalkerStepped")).contains(WalkerStepped.class);
    }

    @Test
    void installedChangesComeFromTheCatalogsToo() {
        assertThat(EventTypes.installed().changes()).extracting(FieldChange::type, FieldChange::field, FieldChange::renamedTo)
                .contains(tuple("RunStarted", "untilSeconds", "untilS"));
        assertThat(EventTypes.of(Fine.class).changes()).isEmpty();
    }

    @Test
    void aFieldChangeIsARenameOrARecodingDatedFromVersion2() {
        assertThat(FieldChange.renamed(2, Fine.class, "sum", "amount", "n", "count"))
                .extracting(FieldChange::type, FieldChange::field, FieldChange::renamedTo)
                .containsExactly(tuple("Fine", "sum", "amount"),
                        tuple("Fine", "n", "count"));
        assertThatThrownBy(() -> FieldChange.renamed(2, Fine.class, "sum")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> FieldChange.renamed(1, Fine.class, "sum", "amount")).hasMessageContaining("version 2 or later");
        assertThatThrownBy(() -> new FieldChange(2, "Fine", null, "sum", "amount", FieldChange.UPPER_CASE))
                .hasMessageContaining("not both");
        assertThat(FieldChange.UPPER_CASE.apply("handover")).isEqualTo("HANDOVER");
    }

    @Test
    void malformedTypesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> EventTypes.of(NoHeader.class)).hasMessageContaining("must start with the component 'EventHeader header'");
        assertThatThrownBy(() -> EventTypes.of(ClashingName.class)).hasMessageContaining("reserves");
        assertThat(EventTypes.of(Fine.class).all()).containsKey("Fine");
    }

    @Test
    void checkOnceAcceptsAWellFormedTypeAndRejectsAMalformedOneEveryTime() {
        EventTypes.checkOnce(Fine.class);
        EventTypes.checkOnce(Fine.class);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> EventTypes.checkOnce(NoHeader.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoHeader");
        }
    }
}

package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallPurposeTest {

    @Test
    void everyPurposeIsFoundByItsWordAndAnUnknownWordIsNamed() {
        for (CallPurpose purpose : CallPurpose.values()) {
            assertThat(CallPurpose.of(purpose.word())).isSameAs(purpose);
        }
        assertThat(CallPurpose.of("converse")).isEqualTo(CallPurpose.CONVERSE);
        assertThatThrownBy(() -> CallPurpose.of("ACT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no CallPurpose is called 'ACT'");
    }
}

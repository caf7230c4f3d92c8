package org.agora.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MemoryTest {

    @Test
    void remembersTheLastRoundsAndForgetsTheOldest() {
        Memory<Integer> memory = new Memory<>(3);
        assertThat(memory.isEmpty()).isTrue();
        for (int round = 1; round <= 5; round++) {
            memory.remember(round);
        }
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.last()).isEqualTo(5);
        assertThat(memory.ago(2)).isEqualTo(3);
        assertThat(memory.all()).containsExactly(3, 4, 5);
        assertThatThrownBy(() -> memory.ago(3)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anEmptyMemoryHasNoLastRound() {
        assertThatThrownBy(() -> new Memory<String>(2).last()).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new Memory<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

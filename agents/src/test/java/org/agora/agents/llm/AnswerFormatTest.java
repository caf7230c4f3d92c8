package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The strict reading of "Answer: N". */
class AnswerFormatTest {

    @Property
    void theNumberAfterTheLabelIsReadWhateverTheReasoningBefore(@ForAll @IntRange(min = 0, max = 999_999) int n,
            @ForAll @StringLength(max = 80) String reasoning) {
        String clean = reasoning.replaceAll("(?i)answer", "");
        assertThat(AnswerFormat.number(clean + "\nAnswer: " + n + " tons")).hasValue(n);
    }

    @Test
    void onlyAWholeNumberRightAfterTheFirstLabelCounts() {
        assertThat(AnswerFormat.number("I think 12.\nAnswer: 7")).hasValue(7);
        assertThat(AnswerFormat.number("answer:**12**")).hasValue(12);
        assertThat(AnswerFormat.number("Answer: about 7")).isEqualTo(OptionalInt.empty());
        assertThat(AnswerFormat.number("Answer: -3")).isEqualTo(OptionalInt.empty());
        assertThat(AnswerFormat.number("Answer: 2.5 tons")).isEqualTo(OptionalInt.empty());
        assertThat(AnswerFormat.number("I will catch 10 tons.")).isEqualTo(OptionalInt.empty());
        assertThat(AnswerFormat.number("Answer: none. Later answer: 4")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aFieldIsTheRestOfItsLine() {
        String turn = "Utterance: Let us keep to 10.\nNext speaker: Kate\nEnd meeting: no";
        assertThat(AnswerFormat.field(turn, "Next speaker")).isEqualTo("Kate");
        assertThat(AnswerFormat.field(turn, "Summary")).isNull();
    }
}

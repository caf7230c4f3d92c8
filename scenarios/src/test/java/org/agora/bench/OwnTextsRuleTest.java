package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.agents.llm.CommonsRule;
import org.junit.jupiter.api.Test;

/** The benchmark's rule of texts of their own: the test rule's answers, each utterance, insight and summary tagged by its prompt. */
class OwnTextsRuleTest {

    private static final String REFLECTION_KATE = "You are Kate.\nWrite up to three lines starting with \"Insight:\"";
    private static final String REFLECTION_JOHN = "You are John.\nWrite up to three lines starting with \"Insight:\"";

    @Test
    void twoMembersReflectionsDifferWhereTheTestRuleGivesBothTheSameLines() {
        assertThat(CommonsRule.answer(REFLECTION_KATE)).isEqualTo(CommonsRule.answer(REFLECTION_JOHN));
        assertThat(LanguageModelComparison.ownTexts(REFLECTION_KATE)).isNotEqualTo(LanguageModelComparison.ownTexts(REFLECTION_JOHN))
                .isEqualTo(LanguageModelComparison.ownTexts(REFLECTION_KATE));
        assertThat(LanguageModelComparison.ownTexts(REFLECTION_KATE).lines())
                .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("Insight: ").matches(".* \\([0-9a-f]+\\)\\."));
    }

    @Test
    void theNumbersTheMembersReadStayAsTheTestRuleGaveThem() {
        String turn = "You are Kate. You are one of 5 fishers.\nThe meeting so far:\nMayor: the lake holds 100 tons.\n"
                + "It is your turn to speak.";
        String plain = CommonsRule.answer(turn);
        String own = LanguageModelComparison.ownTexts(turn);
        assertThat(plain).contains("at most ");
        assertThat(own.replaceAll(" \\([0-9a-f]+\\)", "")).isEqualTo(plain);
        String act = "You are Kate. The lake holds 100 tons.\nAnswer with \"Answer: N\"";
        assertThat(LanguageModelComparison.ownTexts(act)).isEqualTo(CommonsRule.answer(act));
    }
}

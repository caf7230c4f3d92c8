package org.agora.vehicles.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.vehicles.event.Density;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the study's rules, random actions collide as often as in the study's own code (the reference
 * file, "The study's public code, read line by line": 0.555 / 0.855 / 0.96 of 200 episodes per
 * density, supervisor off), within 0.05. About a second per density.
 */
class StudyCollisionShareTest {

    @ParameterizedTest
    @CsvSource({"EASY, 0.555", "MEDIUM, 0.855", "HARD, 0.96"})
    void randomActionsCollideAsInTheStudysCode(Density density, double study) {
        MergeConfig config = MergeConfig.defaults().withRules(MergeRules.STUDY).withDensity(density).withSafetyModule(false);
        assertThat(RandomActionRollout.collisionShare(config, 200)).isCloseTo(study, within(0.05));
    }
}

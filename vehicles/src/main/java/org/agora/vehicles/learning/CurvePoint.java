package org.agora.vehicles.learning;

/**
 * One row of the learning curve, written at each evaluation.
 *
 * @param episode training episodes completed
 * @param trainingReward mean return of the training episodes since the previous row
 * @param trainingCollisionShare share of those episodes that ended in a CAV collision
 * @param evaluationReward mean return on the evaluation seeds (greedy actions)
 * @param evaluationRewardStandardError its standard error
 * @param evaluationCollisionShare share of evaluation episodes ending in a CAV collision
 * @param evaluationMergeSuccessShare share of ramp CAVs merged in evaluation (−1: no ramp CAV)
 * @param evaluationMeanSpeed mean CAV speed in evaluation, m/s
 */
public record CurvePoint(int episode, double trainingReward, double trainingCollisionShare, double evaluationReward,
        double evaluationRewardStandardError, double evaluationCollisionShare, double evaluationMergeSuccessShare,
        double evaluationMeanSpeed) {

    /** The CSV header of {@link #csv()}. */
    public static final String CSV_HEADER = "episode,trainingReward,trainingCollisionShare,evaluationReward,"
            + "evaluationRewardStandardError,evaluationCollisionShare,evaluationMergeSuccessShare,evaluationMeanSpeed";

    /** The row as CSV (numbers in Java's shortest round-trip form: the same run gives the same text). */
    public String csv() {
        return episode + "," + trainingReward + "," + trainingCollisionShare + "," + evaluationReward + ","
                + evaluationRewardStandardError + "," + evaluationCollisionShare + "," + evaluationMergeSuccessShare + ","
                + evaluationMeanSpeed;
    }
}

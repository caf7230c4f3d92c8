package org.agora.wireless.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompClustersTest {

    /** A 4 × 4 lattice of cells 100 m apart. */
    private static final double[] X = new double[16];
    private static final double[] Y = new double[16];

    static {
        for (int i = 0; i < 16; i++) {
            X[i] = 50 + 100 * (i % 4);
            Y[i] = 50 + 100 * (i / 4);
        }
    }

    @ParameterizedTest
    @EnumSource(ClusteringRule.class)
    void everyCellIsInExactlyOneCluster(ClusteringRule rule) {
        CompClusters clusters = CompClusters.of(X, Y, 4, rule, 400, 400);
        Set<Integer> seen = new HashSet<>();
        for (int c = 0; c < clusters.count(); c++) {
            for (int cell : clusters.members(c)) {
                assertThat(seen.add(cell)).isTrue();
                assertThat(clusters.clusterOf(cell)).isEqualTo(c);
            }
        }
        assertThat(seen).hasSize(16);
        assertThat(clusters.count()).isEqualTo(4);
    }

    @Test
    void theGridRuleTilesTheCityInSquaresOfTheClusterSize() {
        CompClusters clusters = CompClusters.of(X, Y, 4, ClusteringRule.GRID, 400, 400);
        // Tiles of √(400·400·4/16) = 200 m: the four cells of each 2 × 2 square.
        assertThat(clusters.members(0)).containsExactly(0, 1, 4, 5);
        assertThat(clusters.centroidX(0)).isEqualTo(100);
        assertThat(clusters.nearest(390, 10)).isEqualTo(clusters.clusterOf(3));
    }

    @Test
    void theNearestRuleGroupsEachSeedWithItsNearestFreeCells() {
        CompClusters clusters = CompClusters.of(X, Y, 3, ClusteringRule.NEAREST, 400, 400);
        assertThat(clusters.members(0)).containsExactly(0, 1, 4);
        assertThat(clusters.count()).isEqualTo(6);
    }
}

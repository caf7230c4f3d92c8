package org.agora.wireless.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSelectionTest {

    @Test
    void cellsStandOnStreetsAndSpreadOut() {
        double[] heights = new double[36];
        Arrays.fill(heights, 20);
        ManhattanGrid grid = new ManhattanGrid(6, 6, 80, 20, heights);
        List<SiteSelection.Site> sites = SiteSelection.choose(grid, 25, 1.0);
        assertThat(sites).hasSize(25).doesNotHaveDuplicates();
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sites.size(); i++) {
            assertThat(grid.insideBuilding(sites.get(i).x(), sites.get(i).y())).isFalse();
            for (int j = 0; j < i; j++) {
                closest = Math.min(closest, Math.hypot(sites.get(i).x() - sites.get(j).x(), sites.get(i).y() - sites.get(j).y()));
            }
        }
        // 25 cells over 620 m × 620 m: evenly spread they are about 124 m apart; none crowd together.
        assertThat(closest).isGreaterThan(80);
        assertThat(SiteSelection.choose(grid, 25, 1.0)).isEqualTo(sites);
    }
}

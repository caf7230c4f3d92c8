package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;

/**
 * Who starts an episode where (MAPPO-PIS): the CAV and HDV counts of the density table (or the CAV
 * share when one was set), half of each class on the main road and half (the larger half) on the
 * ramp, in slots drawn without replacement, each ± U(−1.5, 1.5) m at U(25, 27) m/s, then the
 * aggressive HDV on the ramp near 100 m and the defensive HDV on the main road near 120 m. Every
 * number is drawn from the {@code spawn} stream, in this order. Stateless.
 */
final class EpisodePlan {

    /** Ramp slots (MAPPO-PIS), metres from the ramp's start. */
    private static final double[] RAMP_SLOTS = {5, 45, 85, 125, 165, 205};
    /** Main-road slots, metres from the ramp's start. */
    private static final double[] MAIN_SLOTS = {10, 50, 90, 130, 170, 210};

    /** One vehicle to place: a CAV or an HDV of the given role, in {@code lane} at {@code x} m and {@code speed} m/s. */
    record Placement(Role role, Lane lane, double x, double speed) {
    }

    /** Which vehicle a placement is. */
    enum Role { CAV, IDM_HDV, AGGRESSIVE_HDV, DEFENSIVE_HDV }

    /**
     * The plan of one episode.
     *
     * @param share the CAV share replacing the table's split, or NaN to keep it
     * @return the placements, drawn ones first, then the aggressive and the defensive HDV; and the
     *     HDV count besides those two
     */
    static Plan draw(Road road, Density density, double share, RandomStream spawn) {
        int cavs = density.minCavs() + spawn.nextInt(density.maxCavs() - density.minCavs() + 1);
        int hdvs = density.minHdvs() + spawn.nextInt(density.maxHdvs() - density.minHdvs() + 1);
        if (!Double.isNaN(share)) {
            int total = cavs + hdvs;
            cavs = (int) Math.round(share * total);
            hdvs = total - cavs;
        }
        List<Double> mainSlots = slots(MAIN_SLOTS);
        List<Double> rampSlots = slots(RAMP_SLOTS);
        double origin = road.rampLane() == null ? 0 : road.rampLane().startX();
        List<Lane> mains = road.mainLanes();
        Lane ramp = road.rampLane();
        List<Object[]> drawn = new ArrayList<>();
        placeClass(drawn, true, cavs, mainSlots, rampSlots, spawn);
        placeClass(drawn, false, hdvs, mainSlots, rampSlots, spawn);
        List<Placement> placements = new ArrayList<>();
        int mainIndex = 0;
        for (Object[] slot : drawn) {
            boolean cav = (Boolean) slot[0];
            boolean onRamp = (Boolean) slot[1];
            double x = origin + (Double) slot[2] + spawn.uniform(-1.5, 1.5);
            double speed = spawn.uniform(25, 27);
            Lane lane = onRamp ? ramp : mains.get(mainIndex++ % mains.size());
            placements.add(new Placement(cav ? Role.CAV : Role.IDM_HDV, lane, x, speed));
        }
        placements.add(new Placement(Role.AGGRESSIVE_HDV, ramp, origin + 100 + spawn.uniform(-1.5, 1.5),
                spawn.uniform(25, 27)));
        placements.add(new Placement(Role.DEFENSIVE_HDV, mains.get(mains.size() - 1),
                origin + 120 + spawn.uniform(-1.5, 1.5), spawn.uniform(25, 27)));
        return new Plan(placements, hdvs);
    }

    /** An episode's placements and its drawn HDV count (besides the aggressive and the defensive one). */
    record Plan(List<Placement> placements, int drawnHdvs) {
    }

    private static List<Double> slots(double[] positions) {
        List<Double> list = new ArrayList<>();
        for (double p : positions) {
            list.add(p);
        }
        return list;
    }

    /** Half of a class on the main road and half (the larger half) on the ramp, in slots drawn without replacement. */
    private static void placeClass(List<Object[]> placements, boolean cav, int count, List<Double> mainSlots,
            List<Double> rampSlots, RandomStream spawn) {
        int onMain = Math.min(count / 2, mainSlots.size());
        int onRamp = Math.min(count - onMain, rampSlots.size());
        for (int i = 0; i < onMain; i++) {
            placements.add(new Object[] {cav, false, mainSlots.remove(spawn.nextInt(mainSlots.size()))});
        }
        for (int i = 0; i < onRamp; i++) {
            placements.add(new Object[] {cav, true, rampSlots.remove(spawn.nextInt(rampSlots.size()))});
        }
    }

    private EpisodePlan() {
    }
}

package org.agora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.merge.MergeWorld;

/**
 * The traffic goal, side by side with SUMO: a 5 km two-lane highway with a single-lane on-ramp
 * (100 m straight, 100 m converging, a 200 m acceleration lane from x = 1000 m), 0.1 s steps, HDVs
 * only, IDM with accel 3, decel 5, tau 1.5, minGap 5, delta 4 and no speed spread, desired speed
 * 25 m/s; demand above capacity (2000 vehicles/h per main lane, 600 on the ramp) so that both
 * simulators hold the road at saturation, about 300 vehicles. Agora runs the full v2x-merge
 * scenario (kernel phases, events to a no-op sink); SUMO 1.15 runs the equivalent network
 * generated with netconvert into a temporary directory and reports its own vehicle updates per
 * second (UPS, loading excluded). Each runs 900 simulated seconds, alternately, five times; the
 * report gives medians. SUMO has no MOBIL (it changes lanes with LC2013), so only car following
 * compares one to one. Goal: Agora ≥ 3 × SUMO's updates per second.
 */
public final class TrafficComparison implements Comparison {

    private static final double SECONDS = 900;
    private static final int REPEATS = 5;
    private static final double MAIN_PER_LANE = 2000;
    private static final double RAMP = 600;

    @Override
    public String name() {
        return "TrafficVsSumo";
    }

    @Override
    public List<String> run() throws Exception {
        String version = sumoVersion();
        if (version == null) {
            return List.of("SUMO is not installed (`apt-get install -y sumo`): comparison skipped");
        }
        Path dir = Files.createTempDirectory("agora-sumo");
        try {
            writeNetwork(dir);
            double[] agora = new double[REPEATS];
            double[] agoraVehicles = new double[REPEATS];
            double[] sumo = new double[REPEATS];
            agoraRun(new double[2]);
            for (int i = 0; i < REPEATS; i++) {
                double[] result = new double[2];
                if (i % 2 == 0) {
                    agoraRun(result);
                    sumo[i] = sumoRun(dir);
                } else {
                    sumo[i] = sumoRun(dir);
                    agoraRun(result);
                }
                agora[i] = result[0];
                agoraVehicles[i] = result[1];
            }
            double ratio = median(agora) / median(sumo);
            List<String> lines = new ArrayList<>();
            lines.add("SUMO: " + version);
            lines.add("| simulator | median vehicle updates/s | runs |");
            lines.add("|---|---|---|");
            lines.add("| SUMO 1.15 (IDM, LC2013), its own UPS | " + Bench.number(median(sumo)) + " | " + Arrays.toString(rounded(sumo)) + " |");
            lines.add("| Agora v2x-merge road=highway (IDM, MOBIL), events to a no-op sink | " + Bench.number(median(agora))
                    + " | " + Arrays.toString(rounded(agora)) + " |");
            lines.add(String.format(Locale.ROOT, "Agora: %.0f vehicles on the road on average over the run (last 600 s: "
                    + "saturated); ratio Agora / SUMO: %.2f; goal ≥ 3.00: %s", median(agoraVehicles), ratio,
                    ratio >= 3 ? "met" : "MISSED"));
            return lines;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One Agora run; result[0] = vehicle updates per second of wall time, result[1] = mean vehicles on the road. */
    private static void agoraRun(double[] result) {
        ScenarioSpec spec = ScenarioSpec.defaults(new MergeScenario()).withAssignments(List.of("road=highway",
                "density=inflow", "cavShare=0", "simulationRate=10", "stateInterval=0", "spawnSpeed=25",
                "spawnSpeedSpread=0", "mainInflow=" + MAIN_PER_LANE, "rampInflow=" + RAMP, "highwayLength=5000",
                "highwayLanes=2", "rampStart=800", "rampStraight=100", "mergeLength=200")).withUntil(SECONDS);
        Simulation simulation = Simulation.of(spec, new NullSink());
        simulation.start();
        long start = System.nanoTime();
        while (simulation.step()) {
            // one 0.1 s step per instant
        }
        long elapsed = System.nanoTime() - start;
        MergeWorld world = MergeScenario.worldOf(simulation.model());
        long updates = world.metrics().vehicleUpdates();
        simulation.finish();
        result[0] = updates / (elapsed / 1e9);
        result[1] = updates / (SECONDS * 10);
    }

    private static double sumoRun(Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sumo", "-n", "net.net.xml", "-r", "routes.rou.xml", "--step-length", "0.1",
                "--end", String.valueOf((int) SECONDS), "--no-step-log", "true", "--duration-log.statistics", "true",
                "--no-warnings", "true").directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("sumo failed: " + output);
        }
        Matcher ups = Pattern.compile("UPS: ([0-9.]+)").matcher(output);
        if (!ups.find()) {
            throw new IllegalStateException("no UPS in sumo's output: " + output);
        }
        return Double.parseDouble(ups.group(1));
    }

    /** The equivalent network: nodes, edges and lane connections through netconvert, and the demand. */
    private static void writeNetwork(Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("net.nod.xml"), """
                <nodes>
                  <node id="start" x="0" y="0"/>
                  <node id="merge" x="1000" y="0"/>
                  <node id="laneEnd" x="1200" y="0"/>
                  <node id="end" x="5000" y="0"/>
                  <node id="rampStart" x="800" y="-10.5"/>
                  <node id="rampBend" x="900" y="-10.5"/>
                </nodes>
                """);
        Files.writeString(dir.resolve("net.edg.xml"), """
                <edges>
                  <edge id="main1" from="start" to="merge" numLanes="2" speed="25"/>
                  <edge id="accel" from="merge" to="laneEnd" numLanes="3" speed="25"/>
                  <edge id="main2" from="laneEnd" to="end" numLanes="2" speed="25"/>
                  <edge id="ramp1" from="rampStart" to="rampBend" numLanes="1" speed="25"/>
                  <edge id="ramp2" from="rampBend" to="merge" numLanes="1" speed="25"/>
                </edges>
                """);
        Files.writeString(dir.resolve("net.con.xml"), """
                <connections>
                  <connection from="main1" to="accel" fromLane="0" toLane="1"/>
                  <connection from="main1" to="accel" fromLane="1" toLane="2"/>
                  <connection from="ramp2" to="accel" fromLane="0" toLane="0"/>
                  <connection from="accel" to="main2" fromLane="1" toLane="0"/>
                  <connection from="accel" to="main2" fromLane="2" toLane="1"/>
                </connections>
                """);
        Files.writeString(dir.resolve("routes.rou.xml"), String.format(Locale.ROOT, """
                <routes>
                  <vType id="idm" carFollowModel="IDM" accel="3" decel="5" tau="1.5" minGap="5" delta="4" speedDev="0"
                         length="5" maxSpeed="25"/>
                  <route id="mainRoute" edges="main1 accel main2"/>
                  <route id="rampRoute" edges="ramp1 ramp2 accel main2"/>
                  <flow id="main" type="idm" route="mainRoute" begin="0" end="%d" vehsPerHour="%.0f" departLane="random" departSpeed="max"/>
                  <flow id="ramp" type="idm" route="rampRoute" begin="0" end="%d" vehsPerHour="%.0f" departLane="0" departSpeed="max"/>
                </routes>
                """, (int) SECONDS, 2 * MAIN_PER_LANE, (int) SECONDS, RAMP));
        Process netconvert = new ProcessBuilder("netconvert", "-n", "net.nod.xml", "-e", "net.edg.xml", "-x", "net.con.xml",
                "-o", "net.net.xml", "--no-warnings", "true").directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(netconvert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (netconvert.waitFor() != 0) {
            throw new IllegalStateException("netconvert failed: " + output);
        }
    }

    private static String sumoVersion() {
        try {
            Process process = new ProcessBuilder("sumo", "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().findFirst().orElse("sumo").strip();
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}

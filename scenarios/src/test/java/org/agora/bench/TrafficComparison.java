package org.agora.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * only, IDM with accel 3, decel 5, tau 1.5, minGap 5, delta 4 and no speed spread. To hold about 300
 * vehicles on 10 lane-km both run near capacity at 15 m/s (desired speed and speed limit; at 25 m/s
 * a saturated road holds about 200) with a demand above what the entries accept (3600 vehicles/h
 * per main lane, 600 on the ramp; Agora skips an entry that is not clear, SUMO drops a vehicle not
 * inserted within 1 s, {@code --max-depart-delay 1}, so that neither keeps a growing queue of
 * insertion attempts). Each warms up for 600 s untimed (SUMO: once, saved with
 * {@code --save-state}); the timed part is 600–1800 s: Agora's vehicle updates over wall time of the
 * full v2x-merge scenario (kernel phases, events to a no-op sink), SUMO's own UPS
 * ({@code --duration-log.statistics}; loading excluded). Mean vehicles on the road over the timed
 * part: Agora's updates per step, SUMO's UPS × duration per step (equal to the mean of its
 * {@code --summary-output} running count). SUMO 1.15 runs without GUI, outputs, teleports
 * ({@code --time-to-teleport -1}) or XML validation, with IDM's default {@code stepping} (0.25 s:
 * one integration step per 0.1 s step). Alternating runs, five each, medians. Beside the rates, the same
 * updates per CPU-second: Agora's simulating thread's, SUMO's process's (read by the shell's {@code times};
 * loading its state adds under 0.1 of its 5–6 CPU-seconds), which another tenant's load on the host
 * changes less than it changes wall time. SUMO has no MOBIL (it
 * changes lanes with LC2013), so only car following compares one to one. Goal (the product's):
 * Agora ≥ {@value #GOAL} × SUMO's updates per second.
 */
public final class TrafficComparison implements Comparison {

    /** Agora's vehicle updates per second at least this many times SUMO's. */
    private static final double GOAL = 40;
    private static final double WARM_UP = 600;
    private static final double END = 1800;
    private static final double STEP = 0.1;
    private static final int REPEATS = 5;
    private static final double SPEED = 15;
    private static final double MAIN_PER_LANE = 3600;
    private static final double RAMP = 600;
    private static final List<String> SUMO_OPTIONS = List.of("--step-length", String.valueOf(STEP), "--no-step-log", "true",
            "--no-warnings", "true", "--time-to-teleport", "-1", "--max-depart-delay", "1", "--xml-validation", "never");

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
            warmUpSumo(dir);
            double[] agora = new double[REPEATS];
            double[] agoraVehicles = new double[REPEATS];
            double[] agoraCpu = new double[REPEATS];
            double[] sumo = new double[REPEATS];
            double[] sumoVehicles = new double[REPEATS];
            double[] sumoCpu = new double[REPEATS];
            agoraRun(new double[3]);
            for (int i = 0; i < REPEATS; i++) {
                double[] a = new double[3];
                double[] b = new double[3];
                if (i % 2 == 0) {
                    agoraRun(a);
                    sumoRun(dir, b);
                } else {
                    sumoRun(dir, b);
                    agoraRun(a);
                }
                agora[i] = a[0];
                agoraVehicles[i] = a[1];
                agoraCpu[i] = a[2];
                sumo[i] = b[0];
                sumoVehicles[i] = b[1];
                sumoCpu[i] = b[2];
            }
            double ratio = Bench.medianOf(agora) / Bench.medianOf(sumo);
            List<String> lines = new ArrayList<>();
            lines.add("SUMO: " + version + "; timed part 600–1800 s after a 600 s warm-up, 15 m/s, 3600 veh/h per main lane"
                    + " and 600 on the ramp offered");
            lines.add("| simulator | median vehicle updates/s | runs | mean vehicles on the road |");
            lines.add("|---|---|---|---|");
            lines.add("| SUMO 1.15 (IDM, LC2013), its own UPS | " + Bench.number(Bench.medianOf(sumo)) + " | "
                    + Arrays.toString(Bench.rounded(sumo)) + String.format(Locale.ROOT, " | %.0f |", Bench.medianOf(sumoVehicles)));
            lines.add("| Agora v2x-merge road=highway (IDM, MOBIL), events to a no-op sink | " + Bench.number(Bench.medianOf(agora))
                    + " | " + Arrays.toString(Bench.rounded(agora)) + String.format(Locale.ROOT, " | %.0f |", Bench.medianOf(agoraVehicles)));
            lines.add(String.format(Locale.ROOT, "ratio Agora / SUMO: %.2f; goal ≥ %.2f: %s", ratio, GOAL,
                    ratio >= GOAL ? "met" : "MISSED"));
            lines.add("The same per CPU-second (Agora's simulating thread; SUMO's process, loading its state included):");
            lines.add("| simulator | median vehicle updates per CPU-second | runs |");
            lines.add("|---|---|---|");
            lines.add("| SUMO 1.15 | " + Bench.number(Bench.medianOf(sumoCpu)) + " | " + Arrays.toString(Bench.rounded(sumoCpu)) + " |");
            lines.add("| Agora | " + Bench.number(Bench.medianOf(agoraCpu)) + " | " + Arrays.toString(Bench.rounded(agoraCpu)) + " |");
            lines.add(String.format(Locale.ROOT, "ratio Agora / SUMO per CPU-second: %.2f", Bench.medianOf(agoraCpu) / Bench.medianOf(sumoCpu)));
            return lines;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One Agora run: untimed to the end of the warm-up, then timed; result[0] = vehicle updates per
     * second of wall time over the timed part, result[1] = mean vehicles on the road over it,
     * result[2] = vehicle updates per CPU-second of the simulating thread over it.
     */
    private static void agoraRun(double[] result) {
        ScenarioSpec spec = ScenarioSpec.defaults(new MergeScenario()).withAssignments(List.of("road=highway",
                "density=inflow", "cavShare=0", "simulationRate=" + (1 / STEP), "stateInterval=0", "spawnSpeed=" + SPEED,
                "spawnSpeedSpread=0", "mainInflow=" + MAIN_PER_LANE, "rampInflow=" + RAMP, "highwayLength=5000",
                "highwayLanes=2", "rampStart=800", "rampStraight=100", "mergeLength=200")).withUntil(END);
        Simulation simulation = Simulation.of(spec, new NullSink());
        simulation.start();
        MergeWorld world = MergeScenario.worldOf(simulation.model());
        while (world.traffic().time() < WARM_UP - STEP / 2 && simulation.step()) {
            // untimed warm-up
        }
        long before = world.traffic().vehicleUpdates();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        while (simulation.step()) {
            // one 0.1 s step per instant
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - startCpu;
        long updates = world.traffic().vehicleUpdates() - before;
        simulation.finish();
        result[0] = updates / (elapsed / 1e9);
        result[1] = updates / ((END - WARM_UP) / STEP);
        result[2] = updates / (cpu / 1e9);
    }

    /** Runs SUMO over the warm-up once and saves its state at the end of it. */
    private static void warmUpSumo(Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sumo", "-n", "net.net.xml", "-r", "routes.rou.xml", "--end",
                String.valueOf(WARM_UP + STEP), "--save-state.times", String.valueOf(WARM_UP), "--save-state.files",
                "warm.xml"));
        command.addAll(SUMO_OPTIONS);
        exec(dir, command);
    }

    /**
     * One timed SUMO run from the saved state; result[0] = its UPS, result[1] = mean vehicles on the
     * road, result[2] = its updates per CPU-second of the process.
     */
    private static void sumoRun(Path dir, double[] result) throws IOException, InterruptedException {
        // The shell runs SUMO, then prints with `times` the user and system CPU of its children.
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$0\" \"$@\"; status=$?; times; exit $status",
                "sumo", "-n", "net.net.xml", "-r", "routes.rou.xml",
                "--load-state", "warm.xml", "--begin", String.valueOf(WARM_UP), "--end", String.valueOf(END),
                "--duration-log.statistics", "true"));
        command.addAll(SUMO_OPTIONS);
        String output = exec(dir, command);
        Matcher ups = Pattern.compile("UPS: ([0-9.]+)").matcher(output);
        Matcher duration = Pattern.compile("Duration: ([0-9.]+)s").matcher(output);
        Matcher times = Pattern.compile("(?m)^(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s$").matcher(output);
        if (!ups.find() || !duration.find() || !times.find() || !times.find()) {
            throw new IllegalStateException("no UPS, duration or CPU times in sumo's output: " + output);
        }
        result[0] = Double.parseDouble(ups.group(1));
        double updates = result[0] * Double.parseDouble(duration.group(1));
        result[1] = updates / ((END - WARM_UP) / STEP);
        double cpu = 60 * Double.parseDouble(times.group(1)) + Double.parseDouble(times.group(2))
                + 60 * Double.parseDouble(times.group(3)) + Double.parseDouble(times.group(4));
        result[2] = updates / cpu;
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
        return output;
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
        Files.writeString(dir.resolve("net.edg.xml"), String.format(Locale.ROOT, """
                <edges>
                  <edge id="main1" from="start" to="merge" numLanes="2" speed="%1$.1f"/>
                  <edge id="accel" from="merge" to="laneEnd" numLanes="3" speed="%1$.1f"/>
                  <edge id="main2" from="laneEnd" to="end" numLanes="2" speed="%1$.1f"/>
                  <edge id="ramp1" from="rampStart" to="rampBend" numLanes="1" speed="%1$.1f"/>
                  <edge id="ramp2" from="rampBend" to="merge" numLanes="1" speed="%1$.1f"/>
                </edges>
                """, SPEED));
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
                         length="5" maxSpeed="%.1f"/>
                  <route id="mainRoute" edges="main1 accel main2"/>
                  <route id="rampRoute" edges="ramp1 ramp2 accel main2"/>
                  <flow id="main" type="idm" route="mainRoute" begin="0" end="%d" vehsPerHour="%.0f" departLane="random" departSpeed="max"/>
                  <flow id="ramp" type="idm" route="rampRoute" begin="0" end="%d" vehsPerHour="%.0f" departLane="0" departSpeed="max"/>
                </routes>
                """, SPEED, (int) END, 2 * MAIN_PER_LANE, (int) END, RAMP));
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

}

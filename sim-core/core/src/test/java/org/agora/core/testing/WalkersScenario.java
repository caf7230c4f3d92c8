package org.agora.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.core.event.Event;
import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.scenario.SpecLocations;

/**
 * A scenario for the platform's own tests: walkers on a line each take a random step of
 * ±stepSize every {@code interval} seconds. It can be told to fail at a given time.
 */
public final class WalkersScenario implements Scenario {

    public static final String ID = "test-walkers";

    private static final ParameterSet.Builder DECLARED = ParameterSet.builder();
    static final Parameter<Double> INTERVAL = DECLARED.add(Parameter.duration("interval", 1.0).positive()
            .describe("time between two steps of a walker"));
    static final Parameter<Double> FAIL_AT = DECLARED.add(Parameter.duration("failAt", 0.0)
            .describe("if > 0, the model throws at this time (to test failures)"));
    static final Parameter<String> MOOD = DECLARED.add(Parameter.choice("mood", "calm", "calm", "restless")
            .describe("restless walkers take double steps"));
    private static final ParameterSet PARAMETERS = DECLARED.build();

    static final MetricSet METRICS = new MetricSet();
    static final Metric STEPS = METRICS.declare("steps", "", "steps taken by all walkers");
    static final Metric MEAN_POSITION = METRICS.declare("meanPosition", "m", "mean final position");

    static final Parameter<Double> STEP_SIZE = Parameter.real("stepSize", 1.0).unit("m").range(0, 100)
            .describe("length of one step");

    static final Parameter<Double> POSITION = Parameter.real("position", 0.0).unit("m").describe("where to put them");
    static final Parameter<String> WHO = Parameter.text("walker", "all").describe("a walker's id, or all");
    private static final Action TELEPORT = new Action("teleport", "move walkers to a position", ParameterSet.of(POSITION, WHO));

    private static final PopulationKind WALKER = new PopulationKind("walker", "a random walker",
            ParameterSet.of(STEP_SIZE));
    private static final PopulationKind SITTER = PopulationKind.of("sitter", "never moves");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Test scenario: random walkers on a line";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<PopulationKind> populationKinds() {
        return List.of(WALKER, SITTER);
    }

    @Override
    public Population defaultPopulation() {
        return Population.of(WALKER.group(3));
    }

    @Override
    public List<Action> actions() {
        return List.of(TELEPORT);
    }

    /** A "lap" of 5 s, so that tests can give interventions by round. */
    @Override
    public double roundLength() {
        return 5;
    }

    @Override
    public double defaultUntil() {
        return 10;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return List.of(WalkersStarted.class, WalkerStepped.class);
    }

    @Override
    public List<Metric> metrics() {
        return METRICS.all();
    }

    @Override
    public Model create(RunContext context) {
        return new Walkers(context);
    }

    /** A teleport must name a walker of the population (walker-0, walker-1, …) or all. */
    @Override
    public void check(ScenarioSpec spec, SpecLocations where) {
        for (int i = 0; i < spec.interventions().size(); i++) {
            String who = spec.interventions().get(i).arguments().get(WHO);
            if (!who.equals("all") && !who.matches("\\w+-\\d+")) {
                throw where.problem("interventions[" + i + "].walker", "no walker '" + who + "' (walkers are called kind-N, or all)");
            }
            if (!who.equals("all") && Integer.parseInt(who.substring(who.lastIndexOf('-') + 1)) >= spec.population().size()) {
                throw where.problem("interventions[" + i + "].walker", "no walker '" + who + "': the population has "
                        + spec.population().size());
            }
        }
    }

    @Override
    public Optional<EventSummary> summaryFromEvents() {
        return Optional.of(new EventSummary() {
            private final Map<String, Double> lastPositions = new LinkedHashMap<>();
            private int steps;
            private List<String> walkers = List.of();

            @Override
            public void accept(Event event) {
                if (event instanceof WalkersStarted started) {
                    walkers = started.walkers();
                    walkers.forEach(w -> lastPositions.put(w, 0.0));
                } else if (event instanceof WalkerStepped stepped) {
                    steps++;
                    lastPositions.put(stepped.source(), stepped.position());
                }
            }

            @Override
            public Map<String, Object> summary() {
                double sum = lastPositions.values().stream().mapToDouble(Double::doubleValue).sum();
                return METRICS.summary().put(STEPS, steps).put(MEAN_POSITION, walkers.isEmpty() ? 0.0 : sum / walkers.size())
                        .asMap();
            }
        });
    }

    private static final class Walkers implements Model {
        private final Kernel kernel;
        private final EventBus events;
        private final RunContext context;
        private final List<String> names = new ArrayList<>();
        private final List<Double> stepSizes = new ArrayList<>();
        private double[] positions;
        private int steps;

        Walkers(RunContext context) {
            this.context = context;
            this.kernel = context.kernel();
            this.events = context.events();
            double factor = context.parameters().get(MOOD).equals("restless") ? 2 : 1;
            for (Population.Group group : context.population().groups()) {
                for (int i = 0; i < group.count(); i++) {
                    names.add(group.kind() + "-" + names.size());
                    stepSizes.add(group.kind().equals("walker") ? factor * group.parameters().get(STEP_SIZE) : 0.0);
                }
            }
            positions = new double[names.size()];
        }

        @Override
        public void start() {
            events.publish(new WalkersStarted(events.stamp("run"), List.copyOf(names), WalkersStarted.Layout.ORIGIN));
            double interval = context.parameters().get(INTERVAL);
            RandomStream random = kernel.random("walk");
            for (int i = 0; i < names.size(); i++) {
                int walker = i;
                kernel.every(interval, interval, 0, () -> {
                    positions[walker] += random.chance(0.5) ? stepSizes.get(walker) : -stepSizes.get(walker);
                    steps++;
                    events.publish(new WalkerStepped(events.stamp(names.get(walker)), steps, positions[walker]));
                });
            }
            double failAt = context.parameters().get(FAIL_AT);
            if (failAt > 0) {
                kernel.at(failAt, 1, () -> {
                    throw new IllegalStateException("walkers told to fail at " + failAt + " s");
                });
            }
        }

        @Override
        public void intervene(Intervention intervention) {
            String who = intervention.arguments().get(WHO);
            for (int i = 0; i < positions.length; i++) {
                if (who.equals("all") || who.equals(names.get(i))) {
                    positions[i] = intervention.arguments().get(POSITION);
                }
            }
        }

        @Override
        public Map<String, Object> summary() {
            double sum = 0;
            for (double position : positions) {
                sum += position;
            }
            return METRICS.summary().put(STEPS, steps).put(MEAN_POSITION, positions.length == 0 ? 0.0 : sum / positions.length)
                    .asMap();
        }
    }
}

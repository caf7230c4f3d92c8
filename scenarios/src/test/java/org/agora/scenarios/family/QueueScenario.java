package org.agora.scenarios.family;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.core.event.Event;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;

/**
 * The worked example of "Adding a scenario family" in docs/architecture.md: one server, customers
 * arriving at random and served one at a time. The marked regions appear in the document word for
 * word (AddingAFamilyTest checks it).
 */
public final class QueueScenario implements Scenario {

    // doc:begin scenario
    private static final ParameterSet.Builder DECLARED = ParameterSet.builder();
    static final Parameter<Double> ARRIVAL_RATE = DECLARED.add(Parameter.real("arrivalRate", 0.8).unit("1/s")
            .positive().describe("customers arriving per second, on average"));
    static final Parameter<Double> SERVICE_TIME = DECLARED.add(Parameter.duration("serviceTime", 1.0).positive()
            .describe("how long one customer is served"));
    private static final ParameterSet PARAMETERS = DECLARED.build();

    static final MetricSet METRICS = new MetricSet();
    static final Metric SERVED = METRICS.declare("served", "", "customers whose service began");
    static final Metric MEAN_WAIT_S = METRICS.declare("meanWaitS", "s", "mean wait before service");

    @Override
    public String id() {
        return "example-queue";
    }

    @Override
    public String summary() {
        return "Example: one server, customers arriving at random";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public double defaultUntil() {
        return 60;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return new QueueEvents().eventTypes();
    }

    @Override
    public List<Metric> metrics() {
        return METRICS.all();
    }

    @Override
    public Optional<EventSummary> summaryFromEvents() {
        return Optional.of(new QueueSummary());
    }

    @Override
    public Model create(RunContext context) {
        return new Queue(context);
    }
    // doc:end

    // doc:begin summary
    /** The summary from the events alone: the model computes its own with it, so the two agree. */
    static final class QueueSummary implements EventSummary {
        private int served;
        private double waited;

        @Override
        public void accept(Event event) {
            if (event instanceof CustomerServed customer) {
                served++;
                waited += customer.waitS();
            }
        }

        @Override
        public Map<String, Object> summary() {
            return METRICS.summary().put(SERVED, served).put(MEAN_WAIT_S, served == 0 ? 0.0 : waited / served).asMap();
        }
    }
    // doc:end

    // doc:begin model
    private static final class Queue implements Model {
        /** Within one instant, a service that ends frees the server before an arrival takes it. */
        private enum Phase { SERVICE_END, ARRIVAL }

        private final RunContext context;
        private final Kernel kernel;
        private final RandomStream arrivals;
        private final ArrayDeque<double[]> waiting = new ArrayDeque<>();
        private final QueueSummary summary = new QueueSummary();
        private boolean busy;
        private int customers;

        Queue(RunContext context) {
            this.context = context;
            this.kernel = context.kernel();
            this.arrivals = kernel.random("arrivals");
            context.events().subscribeAll(summary::accept);
        }

        @Override
        public void start() {
            scheduleArrival();
        }

        private void scheduleArrival() {
            kernel.after(arrivals.exponential(1 / context.parameters().get(ARRIVAL_RATE)), Phase.ARRIVAL, () -> {
                int customer = customers++;
                waiting.add(new double[] {customer, kernel.now()});
                context.events().publish(new CustomerArrived(context.events().stamp("customer-" + customer), customer,
                        waiting.size()));
                serveNext();
                scheduleArrival();
            });
        }

        private void serveNext() {
            if (busy || waiting.isEmpty()) {
                return;
            }
            double[] next = waiting.poll();
            busy = true;
            context.events().publish(new CustomerServed(context.events().stamp("server"), (int) next[0], kernel.now() - next[1]));
            kernel.after(context.parameters().get(SERVICE_TIME), Phase.SERVICE_END, () -> {
                busy = false;
                serveNext();
            });
        }

        @Override
        public Map<String, Object> summary() {
            return summary.summary();
        }
    }
    // doc:end
}

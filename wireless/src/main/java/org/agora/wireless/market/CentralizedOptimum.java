package org.agora.wireless.market;

import java.util.Arrays;

/**
 * The third baseline and the yardstick of the optimality gap: the allocation of greatest welfare
 * (Σ blocks·(value − reserve)) under the supplies and needs, computed centrally with full
 * knowledge of every value. It is a transportation problem, solved exactly as a min-cost flow
 * (source → user, capacity need; user → station, cost −(value − reserve) for options worth more
 * than the reserve; station → sink, capacity supply) by successive shortest paths with Dijkstra
 * on reduced costs, stopping at the first path that no longer adds welfare. Budgets are not a
 * constraint (it charges nothing), so it bounds every allocator from above.
 *
 * <p>Cost grows about as (augmenting paths) × (options)·log: fine for a cluster's requests and
 * for 1,000 users × 100 stations; not meant for 10,000 × 1,000. Stateless.
 */
public final class CentralizedOptimum implements Allocator {

    @Override
    public String name() {
        return "optimum";
    }

    @Override
    public Allocation allocate(MarketInstance instance) {
        int users = instance.users();
        int stations = instance.stations();
        int source = users + stations;
        int sink = source + 1;
        Graph graph = new Graph(users + stations + 2, users + instance.options() + stations);
        int[] optionEdge = new int[instance.options()];
        Arrays.fill(optionEdge, -1);
        for (int u = 0; u < users; u++) {
            graph.add(source, u, instance.need(u), 0);
            for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
                int b = instance.optionStation(k);
                double gain = instance.optionValue(k) - instance.reserve(b);
                if (gain > 0 && instance.supply(b) > 0) {
                    optionEdge[k] = graph.add(u, users + b, instance.need(u), -gain);
                }
            }
        }
        for (int b = 0; b < stations; b++) {
            graph.add(users + b, sink, instance.supply(b), 0);
        }
        graph.maximizeGain(source, sink, users, stations);
        int[] blocks = new int[instance.options()];
        for (int k = 0; k < instance.options(); k++) {
            if (optionEdge[k] >= 0) {
                blocks[k] = graph.flow(optionEdge[k]);
            }
        }
        return new Allocation(instance, blocks, new double[instance.options()], 0);
    }

    /** A residual graph in arrays: edge e and its reverse e ^ 1. */
    private static final class Graph {
        private final int nodes;
        private final int[] head;
        private int[] next;
        private int[] to;
        private int[] capacity;
        private int[] initial;
        private double[] cost;
        private int edges;

        Graph(int nodes, int expectedEdges) {
            this.nodes = nodes;
            this.head = new int[nodes];
            Arrays.fill(head, -1);
            int size = Math.max(2, 2 * expectedEdges);
            next = new int[size];
            to = new int[size];
            capacity = new int[size];
            initial = new int[size];
            cost = new double[size];
        }

        int add(int from, int target, int cap, double edgeCost) {
            int e = edges;
            link(from, target, cap, edgeCost);
            link(target, from, 0, -edgeCost);
            return e;
        }

        private void link(int from, int target, int cap, double edgeCost) {
            if (edges == to.length) {
                next = Arrays.copyOf(next, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                capacity = Arrays.copyOf(capacity, edges * 2);
                initial = Arrays.copyOf(initial, edges * 2);
                cost = Arrays.copyOf(cost, edges * 2);
            }
            to[edges] = target;
            capacity[edges] = cap;
            initial[edges] = cap;
            cost[edges] = edgeCost;
            next[edges] = head[from];
            head[from] = edges++;
        }

        int flow(int edge) {
            return initial[edge] - capacity[edge];
        }

        /** Augments along cheapest paths while they have negative cost (add welfare). */
        void maximizeGain(int source, int sink, int users, int stations) {
            // Exact potentials for the initial graph, a DAG source → users → stations → sink.
            double[] potential = new double[nodes];
            for (int b = 0; b < stations; b++) {
                potential[users + b] = Double.POSITIVE_INFINITY;
            }
            potential[sink] = Double.POSITIVE_INFINITY;
            for (int u = 0; u < users; u++) {
                for (int e = head[u]; e >= 0; e = next[e]) {
                    if (capacity[e] > 0) {
                        potential[to[e]] = Math.min(potential[to[e]], cost[e]);
                    }
                }
            }
            for (int b = 0; b < stations; b++) {
                if (potential[users + b] == Double.POSITIVE_INFINITY) {
                    potential[users + b] = 0;
                }
                potential[sink] = Math.min(potential[sink], potential[users + b]);
            }
            if (potential[sink] == Double.POSITIVE_INFINITY) {
                potential[sink] = 0;
            }
            double[] distance = new double[nodes];
            int[] via = new int[nodes];
            Heap heap = new Heap(nodes);
            while (true) {
                Arrays.fill(distance, Double.POSITIVE_INFINITY);
                Arrays.fill(via, -1);
                distance[source] = 0;
                heap.push(source, 0);
                while (!heap.isEmpty()) {
                    int node = heap.pop();
                    double d = distance[node];
                    for (int e = head[node]; e >= 0; e = next[e]) {
                        if (capacity[e] <= 0) {
                            continue;
                        }
                        int target = to[e];
                        // Reduced costs are ≥ 0 up to rounding; clamp so Dijkstra stays exact.
                        double reduced = Math.max(0, cost[e] + potential[node] - potential[target]);
                        double candidate = d + reduced;
                        if (candidate < distance[target] - 1e-12) {
                            distance[target] = candidate;
                            via[target] = e;
                            heap.push(target, candidate);
                        }
                    }
                }
                if (distance[sink] == Double.POSITIVE_INFINITY) {
                    return;
                }
                for (int node = 0; node < nodes; node++) {
                    if (distance[node] < Double.POSITIVE_INFINITY) {
                        potential[node] += distance[node];
                    }
                }
                double pathCost = potential[sink] - potential[source];
                if (pathCost >= -1e-12) {
                    return;
                }
                int bottleneck = Integer.MAX_VALUE;
                for (int node = sink; node != source; node = to[via[node] ^ 1]) {
                    bottleneck = Math.min(bottleneck, capacity[via[node]]);
                }
                for (int node = sink; node != source; node = to[via[node] ^ 1]) {
                    capacity[via[node]] -= bottleneck;
                    capacity[via[node] ^ 1] += bottleneck;
                }
            }
        }
    }

    /** A binary min-heap of (node, key) with lazy deletion. */
    private static final class Heap {
        private int[] nodes;
        private double[] keys;
        private int size;

        Heap(int capacity) {
            nodes = new int[Math.max(4, capacity)];
            keys = new double[nodes.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node, double key) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (keys[parent] <= key) {
                    break;
                }
                nodes[i] = nodes[parent];
                keys[i] = keys[parent];
                i = parent;
            }
            nodes[i] = node;
            keys[i] = key;
        }

        /** Pops the node with the smallest key; stale duplicates come out too and are harmless. */
        int pop() {
            int top = nodes[0];
            size--;
            if (size > 0) {
                int node = nodes[size];
                double key = keys[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    nodes[i] = nodes[child];
                    keys[i] = keys[child];
                    i = child;
                }
                nodes[i] = node;
                keys[i] = key;
            }
            return top;
        }
    }
}

package org.agora.vehicles.traffic;

import java.util.Arrays;

/**
 * The vehicles occupying one lane, kept sorted by x (upstream first), with their x beside them in an
 * array of their own, so that finding a neighbour by x reads that array and not every vehicle it
 * passes. Vehicles move only in {@link Traffic#integrate}, which then calls {@link #sort}; adding
 * inserts in place; so between two sorts the order and the x beside it stay true. Sorting is an
 * insertion sort: between two steps the order barely changes, so it costs about one pass.
 * Belongs to the simulation thread.
 */
final class LaneOccupancy {

    private Vehicle[] vehicles = new Vehicle[16];
    /** xs[i] is vehicles[i].x as of the last sort or insertion. */
    private double[] xs = new double[16];
    private int size;

    int size() {
        return size;
    }

    Vehicle get(int i) {
        return vehicles[i];
    }

    /** Adds {@code vehicle} at its place by x. */
    void add(Vehicle vehicle) {
        if (size == vehicles.length) {
            vehicles = Arrays.copyOf(vehicles, size * 2);
            xs = Arrays.copyOf(xs, size * 2);
        }
        double x = vehicle.x;
        int i = size++;
        while (i > 0 && xs[i - 1] > x) {
            vehicles[i] = vehicles[i - 1];
            xs[i] = xs[i - 1];
            i--;
        }
        vehicles[i] = vehicle;
        xs[i] = x;
    }

    void remove(Vehicle vehicle) {
        for (int i = 0; i < size; i++) {
            if (vehicles[i] == vehicle) {
                System.arraycopy(vehicles, i + 1, vehicles, i, size - i - 1);
                System.arraycopy(xs, i + 1, xs, i, size - i - 1);
                vehicles[--size] = null;
                return;
            }
        }
    }

    void clear() {
        Arrays.fill(vehicles, 0, size, null);
        size = 0;
    }

    /** Restores the order by x after the vehicles moved. */
    void sort() {
        for (int i = 0; i < size; i++) {
            xs[i] = vehicles[i].x;
        }
        for (int i = 1; i < size; i++) {
            Vehicle moving = vehicles[i];
            double x = xs[i];
            int j = i;
            while (j > 0 && xs[j - 1] > x) {
                vehicles[j] = vehicles[j - 1];
                xs[j] = xs[j - 1];
                j--;
            }
            vehicles[j] = moving;
            xs[j] = x;
        }
    }

    /** The first vehicle other than {@code self} with x greater than {@code x}, or null. */
    Vehicle ahead(double x, Vehicle self) {
        int i = firstAbove(x);
        while (i < size && vehicles[i] == self) {
            i++;
        }
        return i < size ? vehicles[i] : null;
    }

    /** The last vehicle other than {@code self} with x at most {@code x}, or null. */
    Vehicle behind(double x, Vehicle self) {
        int i = firstAbove(x) - 1;
        while (i >= 0 && vehicles[i] == self) {
            i--;
        }
        return i >= 0 ? vehicles[i] : null;
    }

    /** The index of the first vehicle with x greater than {@code x}. */
    private int firstAbove(double x) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (xs[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

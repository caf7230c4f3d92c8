package org.agora.vehicles.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one CAV knows of its neighbours' intents: the latest intent received from each sender
 * (latest by generation time: a late copy of an older intent never replaces a newer one), with
 * when it arrived. Ordered by sender number. Belongs to the simulation thread.
 */
public final class IntentTable {

    /** A received intent and its arrival time in seconds. */
    public record Received(Intent intent, double receivedAt) {

        /** How old the intent is at {@code now}: seconds since it was generated. */
        public double ageAt(double now) {
            return now - intent.generatedAt();
        }
    }

    private final List<Received> entries = new ArrayList<>();
    private final List<Received> view = Collections.unmodifiableList(entries);

    /** Keeps {@code intent} if it is newer than what this table holds from its sender. */
    public void put(Intent intent, double receivedAt) {
        int i = indexOf(intent.senderNumber());
        if (i >= 0) {
            if (entries.get(i).intent().generatedAt() < intent.generatedAt()) {
                entries.set(i, new Received(intent, receivedAt));
            }
            return;
        }
        entries.add(-i - 1, new Received(intent, receivedAt));
    }

    /** The latest intent from sender number {@code sender}, or null. */
    public Received latest(int sender) {
        int i = indexOf(sender);
        return i >= 0 ? entries.get(i) : null;
    }

    /** Every held intent, by sender number. */
    public List<Received> all() {
        return view;
    }

    /** Forgets intents generated more than {@code maxAgeS} seconds before {@code now}. */
    public void prune(double now, double maxAgeS) {
        entries.removeIf(r -> now - r.intent().generatedAt() > maxAgeS);
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    private int indexOf(int sender) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int number = entries.get(mid).intent().senderNumber();
            if (number < sender) {
                low = mid + 1;
            } else if (number > sender) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}

package org.agora.agents;

/**
 * Who an agent is, for the whole run.
 *
 * @param index its position in the society, from 0, in the order members joined; never reused
 * @param id the id its events carry as their source, for example {@code agent-3}
 * @param kind the kind of member it is (its policy's name, for example {@code greedy})
 * @param joinedRound the round it joined in, from 1
 */
public record Identity(int index, String id, String kind, int joinedRound) {

    public Identity {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        if (joinedRound < 1) {
            throw new IllegalArgumentException("rounds count from 1, was " + joinedRound);
        }
    }

    /** Ids of the first members, made once: societies of a few members are built for every episode. */
    private static final String[] FIRST_IDS = new String[256];

    static {
        for (int i = 0; i < FIRST_IDS.length; i++) {
            FIRST_IDS[i] = "agent-" + i;
        }
    }

    /** The usual id of the member at {@code index}: {@code agent-<index>}. */
    public static String idOf(int index) {
        return index >= 0 && index < FIRST_IDS.length ? FIRST_IDS[index] : "agent-" + index;
    }

    @Override
    public String toString() {
        return id;
    }
}

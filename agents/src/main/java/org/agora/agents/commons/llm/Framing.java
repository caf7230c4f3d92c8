package org.agora.agents.commons.llm;

import java.util.Map;
import org.agora.agents.commons.CommonsConfig;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.Setting;

/**
 * The words a setting's prompts use: who the members are, what they share, what they do to it
 * and in which unit, how it regrows and when it collapses. The numbers come from the run's
 * configuration, so a prompt states the rules the run really has.
 *
 * @param role one member ("fisher")
 * @param roles several ("fishers")
 * @param resource what they share ("a lake of fish")
 * @param place the shared thing in one word ("lake")
 * @param placeName where the month takes place ("the lake")
 * @param verb what a member does to it ("catch")
 * @param unit the unit of a decision ("tons of fish")
 * @param income a sentence: why it matters to a member
 * @param regrowth a clause: what happens after the month's harvest
 * @param collapse a clause: when the commons is ruined
 * @param direction a take or a chore
 */
public record Framing(String role, String roles, String resource, String place, String placeName, String verb,
        String unit, String income, String regrowth, String collapse, Direction direction) {

    /** The words of {@code setting} with the rules of {@code config}. */
    public static Framing of(Setting setting, CommonsConfig config) {
        long cap = config.capacity();
        long c = config.collapseThreshold();
        return switch (setting) {
            case FISHERY -> new Framing("fisher", "fishers", "a lake of fish", "lake", "the lake", "catch", "tons of fish",
                    "The fish you catch and sell are your only income.",
                    "the fish left in the lake double, up to " + cap + " tons",
                    "fewer than " + c + " tons of fish are left after fishing", Direction.TAKE);
            case PASTURE -> new Framing("shepherd", "shepherds", "a pasture", "pasture", "the pasture", "graze", "flocks",
                    "Your flocks are your only income; one flock eats one hectare of grass in a month.",
                    "the grass left on the pasture doubles, up to " + cap + " hectares",
                    "fewer than " + c + " hectares of grass are left after grazing", Direction.TAKE);
            case POLLUTION -> new Framing("factory owner", "factory owners", "a river", "river", "the river", "produce",
                    "pallets of widgets",
                    "The widgets you produce are your only income; each pallet pollutes one percent of the river.",
                    "the unpolluted part of the river doubles, up to " + cap + " percent",
                    "less than " + c + " percent of the river is unpolluted after production", Direction.TAKE);
            case TRASH -> new Framing("roommate", "roommates", "a house whose trash piles up", "house", "the house",
                    "take out", "units of trash",
                    "Every unit of trash you take out costs you time you could spend on your own work.",
                    config.inflow() + " new units of trash arrive, up to " + cap + " units",
                    "more than " + c + " units of trash are left after taking it out", Direction.CHORE);
        };
    }

    /** The sentence that states the pool. */
    public String stockLine(long stock) {
        return switch (place) {
            case "river" -> "The river is now " + stock + " percent unpolluted.";
            case "pasture" -> "The pasture now has " + stock + " hectares of grass.";
            default -> "The " + place + " now holds " + stock + " " + (direction == Direction.CHORE ? "units of trash" : unit) + ".";
        };
    }

    /** What the limit agreed in a meeting is, as a question asks for it. */
    public String limitPhrase() {
        return direction == Direction.TAKE ? "the most " + unit + " each person may " + verb + " per month"
                : "the least " + unit + " each person must " + verb + " per month";
    }

    /** The memory every member keeps of an agreed limit. */
    public String agreement(int limit) {
        return "The " + roles + " agreed that each of them " + (direction == Direction.TAKE ? "will " + verb + " at most "
                : "will " + verb + " at least ") + limit + " " + unit + " per month.";
    }

    /** The universalization reminder: what happens if everyone goes past the sustainable amount. */
    public String universalization(int threshold) {
        return direction == Direction.TAKE
                ? "Think about this: if every " + role + " were to " + verb + " more than " + threshold + " " + unit
                        + " this month, the " + place + " would hold less next month than it does now."
                : "Think about this: if every " + role + " were to " + verb + " fewer than " + threshold + " " + unit
                        + " this month, the " + place + " would hold more trash next month than it does now.";
    }

    /** The placeholders every prompt of this setting can use. */
    Map<String, String> words() {
        return Map.of("role", role, "roles", roles, "resource", resource, "place", place, "placeName", placeName,
                "verb", verb, "unit", unit, "income", income, "regrowth", regrowth, "collapse", collapse);
    }
}

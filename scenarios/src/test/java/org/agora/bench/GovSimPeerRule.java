package org.agora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test chat server's rule for running GovSim's own code and Agora's language-model members
 * side by side: one decision rule, reading only what both sides' prompts state, each in its own
 * words (the two sides' prompts are written independently), and answering in the format each
 * prompt asks for. Each kind of question is recognised by its instruction, never by text a memory
 * may repeat (such as an earlier answer). Documented in docs/scenarios.md ("GovSim's own code
 * beside Agora").
 * <ul>
 * <li><b>Harvest</b> (a prompt asking how many tons of fish "you catch this month"): the pool P is
 * the top of the range offered ("between 0-P", "from 0 to P"); a member that remembers an agreed
 * limit A ("agreed that each of them will catch at most A", "agreed on a maximum limit of A")
 * takes min(A, P / 10); otherwise it takes P / 10 plus its greed, the sum of the character codes
 * of its name ("You are NAME") modulo 5 (John 4, Kate 4, Jack 2, Emma 4, Luke 1). A member
 * reminded of the norm (universalization: "if everyone fishes more than T", "if every fisher were
 * to catch more than T") takes at most T. At most P.</li>
 * <li><b>Meeting turn</b>: proposes "at most C / 10" tons each, C the lake's capacity the system
 * prompt states ("up to C tons", "carrying capacity of C tons"); closes the meeting once another
 * member has spoken, else hands the floor to the first other member named in the prompt.</li>
 * <li><b>Summary</b> and <b>agreed limit</b> (the framework's questions): the last "at most N"
 * of the meeting's record, or no limit.</li>
 * <li><b>Reflection</b>, <b>importance ratings</b> and any other question: fixed answers that
 * change nothing (two insights, a rating of 5, one sentence).</li>
 * </ul>
 * Without a meeting (the no-communication variant) the members' greed empties the lake within a
 * few months; with one, the agreed limit holds it. Pure function; thread-safe.
 */
public final class GovSimPeerRule {

    private static final Pattern NAME = Pattern.compile("You are (\\p{Lu}\\p{Ll}+)");
    private static final Pattern RANGE_TOP = Pattern.compile("(?:between 0-|from 0 to )(\\d+)");
    private static final Pattern AGREED = Pattern.compile(
            "(?:agreed that each of them will catch at most|agreed on a maximum limit of) (\\d+)");
    private static final Pattern NORM = Pattern.compile("if every(?:one| \\w+ were to) \\w+ more than (\\d+)");
    private static final Pattern CAPACITY = Pattern.compile("(?:up to|carrying capacity of) (\\d+) tons");
    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+)");
    private static final Pattern HARVEST = Pattern.compile("how many tons of fish (?:would )?you catch this month");
    private static final Pattern SPEAKER_LINE = Pattern.compile("^-?(\\p{Lu}\\p{Ll}+): ");
    private static final Pattern AGORA_OTHERS = Pattern.compile("choose who speaks next, from: ([^;]*);");
    private static final Pattern GOVSIM_GROUP = Pattern.compile("Scenario: (.*) are engaged in a group chat");

    private GovSimPeerRule() {
    }

    /** The answer to {@code prompt} (the request's messages joined, as the test server passes them). */
    public static String answer(String prompt) {
        boolean govSim = prompt.contains("What would you say next in the group chat?");
        if (govSim || prompt.contains("It is your turn")) {
            return turn(prompt, govSim);
        }
        if (prompt.contains("Summarize the conversation above in one sentence.")) {
            int limit = last(AT_MOST, prompt, -1);
            return limit < 0 ? "The group talked without deciding." : "The group agreed to catch at most " + limit + " tons each.";
        }
        if (prompt.contains("starting with \"Summary:\"")) {
            int limit = last(AT_MOST, prompt, -1);
            return limit < 0 ? "Summary: The group talked without deciding."
                    : "Summary: The group agreed to catch at most " + limit + " tons each.";
        }
        boolean govSimLimit = prompt.contains("if no limit was agreed upon, please answer N/A");
        if (govSimLimit || prompt.contains("\"Answer: none\"")) {
            int limit = last(AT_MOST, prompt, -1);
            return limit >= 0 ? "They agreed on one number.\nAnswer: " + limit : "Answer: " + (govSimLimit ? "N/A" : "none");
        }
        if (prompt.contains("Rating (1 to 10)")) {
            return "5";
        }
        if (prompt.contains("starting with \"Insight:\"")) {
            return "Insight: Keeping to the agreed limit keeps the lake full.\nInsight: The others keep their word.";
        }
        if (prompt.contains("What high-level insights")) {
            return "Keeping to the agreed limit keeps the lake full.\n2. The others keep their word.";
        }
        if (HARVEST.matcher(prompt).find()) {
            return "A tenth of the lake is a fair share.\nAnswer: " + harvest(prompt) + " tons.";
        }
        return "I will remember what was said.";
    }

    /** The tons a member asks for, by the rule above. */
    static int harvest(String prompt) {
        int pool = last(RANGE_TOP, prompt, 0);
        int agreed = last(AGREED, prompt, -1);
        int take = agreed >= 0 ? Math.min(agreed, pool / 10) : pool / 10 + greed(first(NAME, prompt, ""));
        int norm = last(NORM, prompt, -1);
        return Math.min(pool, norm >= 0 ? Math.min(norm, take) : take);
    }

    /** The sum of the name's character codes modulo 5. */
    static int greed(String name) {
        return name.chars().sum() % 5;
    }

    private static String turn(String prompt, boolean govSim) {
        String self = first(NAME, prompt, "");
        int proposal = first(CAPACITY, prompt, 100) / 10;
        String marker = govSim ? "Conversation so far:" : "The meeting so far:";
        int from = prompt.indexOf(marker);
        int to = from < 0 ? -1 : prompt.indexOf(govSim ? "Task:" : "It is your turn", from);
        String meeting = from < 0 ? "" : prompt.substring(from + marker.length(), to < 0 ? prompt.length() : to);
        long spoken = meeting.lines().map(SPEAKER_LINE::matcher).filter(Matcher::find)
                .filter(m -> !m.group(1).equals("Mayor")).count();
        boolean end = spoken >= 1;
        String next = others(prompt, govSim).stream().filter(name -> !name.equals(self)).findFirst().orElse("nobody");
        String said = "I propose we each catch at most " + proposal + " tons of fish from now on.";
        return govSim
                ? "Response: " + said + "\nConversation conclusion by me: " + (end ? "yes" : "no") + "\nNext speaker: " + next
                : "Utterance: " + said + "\nNext speaker: " + (end ? "nobody" : next) + "\nEnd meeting: " + (end ? "yes" : "no");
    }

    /** The members a turn may hand the floor to, as the prompt lists them. */
    private static List<String> others(String prompt, boolean govSim) {
        Matcher m = (govSim ? GOVSIM_GROUP : AGORA_OTHERS).matcher(prompt);
        List<String> names = new ArrayList<>();
        if (m.find()) {
            for (String name : m.group(1).split(",|\\band\\b")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private static String first(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    private static int first(Pattern pattern, String text, int fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }

    private static int last(Pattern pattern, String text, int fallback) {
        Matcher m = pattern.matcher(text);
        int found = fallback;
        while (m.find()) {
            found = Integer.parseInt(m.group(1));
        }
        return found;
    }
}

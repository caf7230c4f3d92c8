package org.agora.agents.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's default rule: it answers the commons' shipped prompts by reading the numbers
 * they state, as a careful member would: it asks for the sustainable share (half the pool split
 * among the members), or the agreed limit once it remembers one; in a meeting it proposes next
 * month's share and closes the meeting after two speakers; the framework's limit is the last
 * "at most N" said. So a change in what a prompt states shows in what the members do.
 */
public final class CommonsRule {

    private static final Pattern MEMBERS = Pattern.compile("one of (\\d+) ");
    private static final Pattern CAPACITY = Pattern.compile("up to (\\d+)");
    private static final Pattern STOCK = Pattern.compile("(?:now holds|now has|is now) (\\d+)");
    private static final Pattern AGREED = Pattern.compile("agreed that each of them will [a-z ]+? at (?:most|least) (\\d+)");
    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+)");
    private static final Pattern FROM = Pattern.compile("choose who speaks next, from: ([^;]*);");
    private static final Pattern SPOKEN = Pattern.compile("^[A-Z][a-z]+: .*");

    private CommonsRule() {
    }

    /** The answer to {@code prompt} (system and user messages joined). */
    public static String answer(String prompt) {
        int members = number(MEMBERS, prompt, 5);
        if (prompt.contains("It is your turn")) {
            int capacity = number(CAPACITY, prompt, 100);
            int after = last(STOCK, prompt, capacity);
            int share = Math.min(capacity, 2 * after) / (2 * Math.max(1, members));
            int from = prompt.indexOf("The meeting so far:");
            int to = prompt.indexOf("It is your turn", from);
            String meeting = prompt.substring(from, to < 0 ? prompt.length() : to);
            long spoken = meeting.lines().filter(l -> SPOKEN.matcher(l).matches() && !l.startsWith("Mayor:")).count();
            Matcher speakers = FROM.matcher(prompt);
            String next = speakers.find() ? speakers.group(1).split(",")[0].strip() : "";
            next = next.isEmpty() ? "nobody" : next;
            return "Utterance: I propose we each take at most " + share + " from now on.\nNext speaker: " + next
                    + "\nEnd meeting: " + (spoken >= 1 ? "yes" : "no");
        }
        if (prompt.contains("starting with \"Summary:\"")) {
            int limit = last(AT_MOST, prompt, -1);
            return limit < 0 ? "Summary: The group talked without deciding." : "Summary: The group agreed on at most " + limit + " each.";
        }
        if (prompt.contains("\"Answer: none\"")) {
            int limit = last(AT_MOST, prompt, -1);
            return limit < 0 ? "Answer: none" : "They agreed.\nAnswer: " + limit;
        }
        if (prompt.contains("Insight:")) {
            return "Insight: Keeping to the agreed limit keeps the commons alive.\nInsight: The others keep their word.";
        }
        int agreed = last(AGREED, prompt, -1);
        int stock = last(STOCK, prompt, 0);
        int share = agreed >= 0 ? agreed : stock / (2 * Math.max(1, members));
        return "Half of the pool regrows; the rest is what we may share.\nAnswer: " + share + " units";
    }

    private static int number(Pattern pattern, String text, int fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }

    private static int last(Pattern pattern, String text, int fallback) {
        Matcher m = pattern.matcher(text);
        List<Integer> all = new ArrayList<>();
        while (m.find()) {
            all.add(Integer.parseInt(m.group(1)));
        }
        return all.isEmpty() ? fallback : all.get(all.size() - 1);
    }
}

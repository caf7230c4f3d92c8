package org.agora.agents.commons.llm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.agora.agents.Identity;
import org.agora.agents.Memory;
import org.agora.agents.commons.HarvestPolicy;
import org.agora.agents.commons.HarvestReport;
import org.agora.agents.commons.RoundRecord;
import org.agora.agents.commons.Situation;
import org.agora.agents.llm.AnswerFormat;
import org.agora.agents.llm.LanguageModelSession;
import org.agora.agents.llm.MemoryStream;
import org.agora.agents.llm.Reply;

/**
 * A commons member whose decisions a language model makes, in words, as GovSim's agents do: each
 * month it is asked how much to take (with its memories, the place and the date, the range it may
 * ask for, and the universalization reminder when that norm is on), speaks in the meeting when its
 * turn comes, and reflects on the month; what it sees and concludes becomes dated memories.
 *
 * <p>An answer that cannot be read is asked again ({@code llm.reasks} times); then the documented
 * fallbacks apply (docs/models/commons-llm.md): a harvest of 0 (the original counts an answer
 * without a number as 0), the whole answer as the utterance with the floor passing on in turn, no
 * insights.
 *
 * <p>Threading: the simulation thread; its calls go out on worker threads.
 */
final class LanguageModelMember implements HarvestPolicy {

    /** What a meeting's "End meeting" field keeps of a yes or no, compiled once (read every turn). */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    /** What a "Next speaker" field keeps of a name. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^\\p{L} ]");

    private final Deliberation deliberation;
    private final LanguageModelSession session;
    private final Identity identity;
    private final Memory<RoundRecord> rounds;
    private final String model;
    private final MemoryStream memories;
    private final String name;
    private Situation situation;
    private CompletableFuture<Reply> pendingAct;
    private CompletableFuture<Reply> pendingReflection;
    private String reportLine;
    private int reflectionRound;

    LanguageModelMember(Deliberation deliberation, Identity identity, Memory<RoundRecord> rounds, String model) {
        this.deliberation = deliberation;
        this.session = deliberation.session();
        this.identity = identity;
        this.rounds = rounds;
        this.model = model;
        this.memories = new MemoryStream(deliberation.embeds() ? session::embedLater : null);
        this.name = Deliberation.nameOf(identity.index());
    }

    Identity identity() {
        return identity;
    }

    /** The model that decides for it. */
    String model() {
        return model;
    }

    /** Every memory it formed, expired ones included (for tests and tools). */
    List<MemoryStream.Entry> memories() {
        return memories.all();
    }

    void remember(LocalDate date, String text, int importance, boolean alwaysKept) {
        memories.add(date, text, importance, alwaysKept);
    }

    /** Keeps a new agreement for good, in place of the last one. */
    void rememberAgreement(LocalDate date, String text) {
        memories.supersede("The " + deliberation.framing().roles() + " agreed");
        memories.add(date, text, 10, true);
    }

    private String system() {
        Map<String, String> values = words();
        values.put("members", Integer.toString(situation == null ? 0 : situation.members()));
        return deliberation.prompts().fill("system", values);
    }

    private Map<String, String> words() {
        Map<String, String> values = new HashMap<>(deliberation.framing().words());
        values.put("name", name);
        return values;
    }

    private String recalled(String query, LocalDate date) {
        return recalled(List.of(query), date);
    }

    /** The memories retrieved for a query of several lines (each line's vector is computed once, see {@link MemoryStream}). */
    private String recalled(List<String> query, LocalDate date) {
        List<String> lines = memories.retrieve(query, date, session.settings().memories());
        return lines.isEmpty() ? "(nothing yet)" : "- " + String.join("\n- ", lines);
    }

    @Override
    public void observe(Situation observation) {
        this.situation = observation;
        this.reportLine = null;
    }

    @Override
    public void prepare() {
        Framing framing = deliberation.framing();
        LocalDate date = Deliberation.dateOf(situation.round());
        Map<String, String> values = words();
        values.put("date", date.toString());
        values.put("memories", recalled("how many " + framing.unit() + " to " + framing.verb() + " this month", date));
        values.put("stockLine", framing.stockLine(situation.pool()));
        values.put("stock", Long.toString(situation.pool()));
        values.put("universalization", situation.universalization() ? framing.universalization(situation.threshold()) : "");
        pendingAct = session.ask(session.call("act", model, system(), deliberation.prompts().fill("act", values)));
    }

    @Override
    public Integer decide() {
        if (pendingAct == null) {
            prepare();
        }
        CompletableFuture<Reply> pending = pendingAct;
        pendingAct = null;
        long most = situation.pool();
        return session.answer(identity.id(), situation.round(), pending,
                text -> {
                    OptionalInt n = AnswerFormat.number(text);
                    return n.isPresent() ? Optional.of((int) Math.min(most, n.getAsInt())) : Optional.empty();
                },
                reply -> 0);
    }

    @Override
    public void review(HarvestReport report) {
        reportLine = deliberation.mayorsReport(report);
        memories.add(Deliberation.dateOf(report.round()), reportLine, 4, false);
        for (int i = 0; i < report.members(); i++) {
            if (deliberation.embeds() && report.member(i).id().equals(identity.id()) && situation != null) {
                // The reflection will remember this line after the meeting: embedding it now, while the
                // meeting's calls are in flight, takes it off the chain of dependent calls.
                session.embedLater(ownLine(report.requested(i), report.taken(i), situation.pool()));
            }
        }
    }

    /** What a member remembers of its own month. */
    private String ownLine(int requested, int taken, long poolBefore) {
        Framing framing = deliberation.framing();
        return "I asked to " + framing.verb() + " " + requested + " " + framing.unit() + " and got " + taken
                + "; " + framing.stockLine(poolBefore).replace(" now ", " then ").toLowerCase(Locale.ROOT);
    }

    /** Its turn in the meeting: what it says, who it hands the floor to, whether it closes the meeting. */
    Deliberation.Turn speak(int round, List<String> conversation, List<String> recent, String others) {
        LocalDate date = Deliberation.dateOf(round);
        Map<String, String> values = words();
        values.put("date", date.toString());
        values.put("memories", recalled(recent, date));
        values.put("recent", String.join("\n", recent));
        values.put("conversation", String.join("\n", conversation));
        values.put("others", others);
        // Nothing else goes out during a turn: asked on this thread, which waits for the answer anyway.
        CompletableFuture<Reply> pending = session.askHere(session.call("converse", model, system(),
                deliberation.prompts().fill("converse", values)));
        List<String> names = List.of(others.split(", "));
        return session.answer(identity.id(), round, pending, text -> turnIn(text, names),
                reply -> new Deliberation.Turn(reply.text().strip(), null, false));
    }

    /** A turn read strictly: an utterance, a next speaker among {@code names} (or nobody), and yes or no. */
    static Optional<Deliberation.Turn> turnIn(String text, List<String> names) {
        String utterance = AnswerFormat.field(text, "Utterance");
        String next = AnswerFormat.field(text, "Next speaker");
        String end = AnswerFormat.field(text, "End meeting");
        if (utterance == null || next == null || end == null) {
            return Optional.empty();
        }
        String closing = NOT_A_LETTER.matcher(end.toLowerCase(Locale.ROOT)).replaceAll("");
        if (!closing.equals("yes") && !closing.equals("no")) {
            return Optional.empty();
        }
        String nextName = NOT_IN_A_NAME.matcher(next).replaceAll("").strip();
        String chosen = null;
        if (!nextName.equalsIgnoreCase("nobody")) {
            for (String candidate : names) {
                if (candidate.equalsIgnoreCase(nextName)) {
                    chosen = candidate;
                }
            }
            if (chosen == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Deliberation.Turn(utterance, chosen, closing.equals("yes")));
    }

    @Override
    public void reflect() {
        RoundRecord last = rounds.last();
        Framing framing = deliberation.framing();
        LocalDate date = Deliberation.dateOf(last.round());
        String own = ownLine(last.requested(), last.taken(), last.pool());
        memories.add(date, own, 3, false);
        List<String> month = new ArrayList<>();
        month.add(own);
        if (reportLine != null) {
            month.add(reportLine);
        }
        String summary = deliberation.summaryOf(last.round());
        if (summary != null) {
            month.add("Meeting: " + summary);
        }
        Map<String, String> values = words();
        values.put("date", date.plusMonths(1).minusDays(1).toString());
        values.put("month", "- " + String.join("\n- ", month));
        values.put("memories", recalled("what I learned about the " + framing.place() + " and the others", date));
        pendingReflection = session.ask(session.call("reflect", model, system(), deliberation.prompts().fill("reflect", values)));
        if (deliberation.embeds()) {
            // The insights are embedded as soon as the answer arrives, while the other members' reflections
            // are still in flight; next month's act retrieves them at once. The vector of a text does not
            // depend on when it is computed, and an answer that is later re-asked only leaves a vector unused.
            pendingReflection.thenAccept(reply -> insightsIn(reply.text()).ifPresent(insights -> insights.forEach(session::embedLater)));
        }
        reflectionRound = last.round();
    }

    @Override
    public void settle() {
        if (pendingReflection == null) {
            return;
        }
        CompletableFuture<Reply> pending = pendingReflection;
        pendingReflection = null;
        List<String> insights = session.answer(identity.id(), reflectionRound, pending, LanguageModelMember::insightsIn,
                reply -> List.of());
        LocalDate date = Deliberation.dateOf(reflectionRound);
        for (String insight : insights) {
            memories.add(date, insight, 6, false);
        }
    }

    /** The insights of a reflection: up to three lines starting with {@code Insight:}; empty if there is none. */
    static Optional<List<String>> insightsIn(String text) {
        List<String> insights = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String stripped = line.strip().replaceFirst("^[-*\\d.)\\s]+", "");
            if (stripped.regionMatches(true, 0, "Insight:", 0, 8) && stripped.length() > 8 && insights.size() < 3) {
                insights.add(stripped.substring(8).strip());
            }
        }
        return insights.isEmpty() ? Optional.empty() : Optional.of(insights);
    }
}

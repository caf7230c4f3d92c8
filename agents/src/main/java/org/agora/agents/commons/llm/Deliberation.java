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
import java.util.function.BiConsumer;
import org.agora.agents.Identity;
import org.agora.agents.Memory;
import org.agora.agents.Message;
import org.agora.agents.commons.CommonsConfig;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.HarvestPolicy;
import org.agora.agents.commons.HarvestReport;
import org.agora.agents.commons.LanguageMembers;
import org.agora.agents.commons.Remark;
import org.agora.agents.commons.RoundRecord;
import org.agora.agents.commons.Setting;
import org.agora.agents.llm.AnswerFormat;
import org.agora.agents.llm.ChatCall;
import org.agora.agents.llm.LanguageModelSession;
import org.agora.agents.llm.LlmSettings;
import org.agora.agents.llm.Reply;
import org.agora.core.event.EventBus;

/**
 * The language side of one commons run: its {@link LanguageModelSession}, the setting's
 * {@link Framing} and {@link Prompts}, the members' names, and the monthly meeting of the
 * language-model members. The meeting opens with the mayor's report of the catches and what the
 * rule-based members say (their rule's remarks in words); then one language-model member
 * speaks at a time and names who speaks next; it ends when a speaker closes it, names nobody, or
 * {@code maxUtterances} have been said. The framework model then sums the meeting up and extracts
 * the limit it agreed on, both asked at once.
 *
 * <p>Threading: the simulation thread of its run (calls go out on worker threads).
 */
public final class Deliberation implements LanguageMembers {

    /** The source of the framework model's calls. */
    public static final String FRAMEWORK = "commons";

    private static final List<String> NAMES = List.of("John", "Kate", "Jack", "Emma", "Luke", "Mia", "Omar", "Lena", "Paul",
            "Rosa", "Ivan", "Nora", "Sam", "Tara", "Yuri", "Ada");
    /** The first month's date: months are dated in prompts and memories. */
    private static final LocalDate FIRST_MONTH = LocalDate.of(2024, 1, 1);
    /** Utterances a speaker sees as the latest, besides the whole meeting. */
    private static final int RECENT = 4;

    private final LanguageModelSession session;
    private final Framing framing;
    private final Prompts prompts;
    private final boolean embed;
    private final List<LanguageModelMember> members = new ArrayList<>();
    private String frameworkModel;
    private String lastSummary;
    private int lastSummaryRound;

    /**
     * @param settings the run's llm block
     * @param setting the commons setting
     * @param config the run's rules
     * @param events the run's bus
     * @param runDirectory where the transcript goes, or null
     * @param embed whether memories are ranked by embeddings (false in tests of other things, to skip the model)
     */
    public Deliberation(LlmSettings settings, Setting setting, CommonsConfig config, EventBus events,
            java.nio.file.Path runDirectory, boolean embed) {
        this.session = new LanguageModelSession(settings, events, runDirectory);
        this.framing = Framing.of(setting, config);
        this.prompts = Prompts.of(settings);
        this.embed = embed;
        this.frameworkModel = settings.frameworkModel();
    }

    @Override
    public HarvestPolicy member(Identity identity, Memory<RoundRecord> memory, String model) {
        if (frameworkModel == null) {
            frameworkModel = model;
        }
        LanguageModelMember member = new LanguageModelMember(this, identity, memory, model);
        members.add(member);
        return member;
    }

    @Override
    public boolean hasMembers() {
        return !members.isEmpty();
    }

    LanguageModelSession session() {
        return session;
    }

    Framing framing() {
        return framing;
    }

    Prompts prompts() {
        return prompts;
    }

    boolean embeds() {
        return embed;
    }

    /** The name a prompt gives the member at {@code index}. */
    static String nameOf(int index) {
        return index < NAMES.size() ? NAMES.get(index) : "Member " + (index + 1);
    }

    /** The first day of {@code round}. */
    static LocalDate dateOf(int round) {
        return FIRST_MONTH.plusMonths(round - 1L);
    }

    /** The meeting's summary if one was held in {@code round}, else null. */
    String summaryOf(int round) {
        return lastSummaryRound == round ? lastSummary : null;
    }

    /** The mayor's report that opens a meeting: who asked for what and got what, and what is left. */
    String mayorsReport(HarvestReport report) {
        StringBuilder text = new StringBuilder("Mayor: This month ");
        for (int i = 0; i < report.members(); i++) {
            text.append(i == 0 ? "" : i == report.members() - 1 ? " and " : ", ").append(nameOf(report.member(i).index()))
                    .append(" wanted ").append(report.requested(i)).append(" and got ").append(report.taken(i));
        }
        text.append(" (").append(framing.unit()).append("). ").append(framing.stockLine(report.poolAfter()));
        return text.toString();
    }

    @Override
    public String inWords(Message<Remark> message, HarvestReport report) {
        Remark remark = message.content();
        boolean take = framing.direction() == Direction.TAKE;
        String amount = remark.amount() + " " + framing.unit();
        if (remark.act() == Remark.Act.WARN) {
            return nameOf(message.to().index()) + ", you " + (take ? "went past" : "fell short of") + " the limit of "
                    + amount + " we agreed on.";
        }
        int self = message.from().index();
        return "I wanted " + report.requested(self) + " and got " + report.taken(self) + " " + framing.unit()
                + " this month. I propose that each of us " + framing.verb() + (take ? " at most " : " at least ") + amount
                + " next month.";
    }

    @Override
    public int meet(int round, HarvestReport report, List<Statement> opening, int maxUtterances,
            BiConsumer<Identity, String> said) {
        if (members.isEmpty()) {
            return -1;
        }
        List<String> lines = new ArrayList<>();
        lines.add(mayorsReport(report));
        for (Statement statement : opening) {
            lines.add(nameOf(statement.speaker().index()) + ": " + statement.text());
        }
        Map<String, LanguageModelMember> byName = new HashMap<>();
        for (LanguageModelMember member : members) {
            byName.put(nameOf(member.identity().index()).toLowerCase(Locale.ROOT), member);
        }
        LanguageModelMember speaker = members.get((round - 1) % members.size());
        for (int turn = 0; turn < maxUtterances && speaker != null; turn++) {
            Turn spoken = speaker.speak(round, lines, lines.subList(Math.max(0, lines.size() - RECENT), lines.size()),
                    others(speaker));
            if (spoken.text() != null && !spoken.text().isBlank()) {
                lines.add(nameOf(speaker.identity().index()) + ": " + spoken.text());
                said.accept(speaker.identity(), spoken.text());
            }
            if (spoken.end()) {
                break;
            }
            speaker = spoken.next() == null ? null : byName.get(spoken.next().toLowerCase(Locale.ROOT));
        }
        return frame(round, String.join("\n", lines));
    }

    /** The others' names, the speakers a member may hand the floor to. */
    private String others(LanguageModelMember speaker) {
        List<String> names = new ArrayList<>();
        for (LanguageModelMember member : members) {
            if (member != speaker) {
                names.add(nameOf(member.identity().index()));
            }
        }
        return String.join(", ", names);
    }

    /** What a member said on its turn, who it hands the floor to (null: nobody) and whether it closes the meeting. */
    record Turn(String text, String next, boolean end) {
    }

    /** The framework model's summary and limit of a meeting, asked at once; every member remembers both. */
    private int frame(int round, String conversation) {
        Map<String, String> values = new HashMap<>(framing.words());
        values.put("conversation", conversation);
        values.put("limitPhrase", framing.limitPhrase());
        String system = "You keep the minutes of meetings, exactly and briefly.";
        ChatCall summaryCall = session.call("summary", frameworkModel, system, prompts.fill("summary", values));
        ChatCall limitCall = session.call("limit", frameworkModel, system, prompts.fill("limit", values));
        CompletableFuture<Reply> summaryAnswer = session.ask(summaryCall);
        CompletableFuture<Reply> limitAnswer = session.ask(limitCall);
        String summary = readSummary(round, summaryAnswer);
        int limit = readLimit(round, limitAnswer);
        lastSummary = summary;
        lastSummaryRound = round;
        LocalDate date = dateOf(round);
        for (LanguageModelMember member : members) {
            member.remember(date, "Meeting: " + summary, 5, false);
            if (limit >= 0) {
                member.rememberAgreement(date, framing.agreement(limit));
            }
        }
        return limit;
    }

    /** The summary; unreadable after the re-asks: the answer's first line (counted as a fallback). */
    private String readSummary(int round, CompletableFuture<Reply> pending) {
        return session.answer(FRAMEWORK, round, pending,
                text -> Optional.ofNullable(AnswerFormat.field(text, "Summary")).filter(summary -> !summary.isEmpty()),
                reply -> reply.text().strip().lines().findFirst().filter(line -> !line.isEmpty())
                        .orElse("The " + framing.roles() + " met."));
    }

    /** The agreed limit, or −1 for none; unreadable after the re-asks: no agreement (counted as a fallback). */
    private int readLimit(int round, CompletableFuture<Reply> pending) {
        return session.answer(FRAMEWORK, round, pending, Deliberation::limitIn, reply -> -1);
    }

    /** The limit in a framework answer: its number, −1 for "Answer: none", empty if unreadable. */
    static Optional<Integer> limitIn(String text) {
        OptionalInt limit = AnswerFormat.number(text);
        if (limit.isPresent()) {
            return Optional.of(limit.getAsInt());
        }
        String field = AnswerFormat.field(text, "Answer");
        return field != null && field.toLowerCase(Locale.ROOT).startsWith("none") ? Optional.of(-1) : Optional.empty();
    }

    @Override
    public Map<String, Object> report() {
        return session.report();
    }

    @Override
    public void close() {
        session.close();
    }
}

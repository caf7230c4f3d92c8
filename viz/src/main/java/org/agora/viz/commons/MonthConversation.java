package org.agora.viz.commons;

import java.util.ArrayList;
import java.util.List;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.core.event.Event;

/**
 * What was said in the month shown and the limit it agreed on, as lines of text: a language-model
 * member's words as said, a rule-based member's typed remark in words. A new month's harvest
 * starts a new page.
 *
 * <p>Threading: fed and read on the simulation thread (the display copies the text to its window).
 */
final class MonthConversation {

    private final String unit;
    private final List<String> lines = new ArrayList<>();
    private int month;
    private int agreedLimit = -1;

    MonthConversation(String unit) {
        this.unit = unit;
    }

    /** Takes the events that matter to it. */
    void accept(Event event) {
        if (event instanceof PoolHarvested harvested) {
            month = harvested.round();
            lines.clear();
            agreedLimit = -1;
        } else if (event instanceof UtteranceMade said) {
            lines.add(said.header().source() + (said.to().equals("group") ? "" : " to " + said.to()) + ": " + words(said));
        } else if (event instanceof AgreementReached agreed) {
            agreedLimit = agreed.limit();
        }
    }

    private String words(UtteranceMade said) {
        return switch (said.act()) {
            case SAY -> said.text();
            case PROPOSE -> "let each of us keep to " + said.amount() + " " + unit + " next month";
            case WARN -> "you broke the limit of " + said.amount() + " " + unit;
        };
    }

    /** The month shown, its utterances and its agreed limit, as text. */
    String text() {
        StringBuilder text = new StringBuilder("Month ").append(month).append(": ");
        text.append(agreedLimit < 0 ? "no limit agreed" : "agreed limit " + agreedLimit + " " + unit + " per member");
        if (lines.isEmpty()) {
            text.append("\n(nothing was said)");
        }
        for (String line : lines) {
            text.append('\n').append(line);
        }
        return text.toString();
    }
}

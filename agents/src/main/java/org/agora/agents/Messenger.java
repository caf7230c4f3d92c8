package org.agora.agents;

import java.util.List;
import java.util.function.Consumer;

/**
 * Delivers messages among the members of a society: a message to the group reaches every member
 * but its speaker, a direct message reaches its addressee only. Each delivery is one call of the
 * receiver's {@link Policy#listen}, so a message to a group of n costs n − 1 calls: conversations
 * bound the number of messages, not the number of listeners.
 *
 * @param <C> the type of content
 */
public final class Messenger<C> {

    /** The addressee of a message said to the group. */
    public static final String GROUP = "group";

    private final List<? extends Agent<? extends Policy<?, ?, C>, ?>> members;
    private final Consumer<Message<C>> onSent;

    /**
     * @param members the society, each at the position of its {@link Identity#index()}
     * @param onSent told of every message before it is delivered (to publish it as an event)
     */
    public Messenger(List<? extends Agent<? extends Policy<?, ?, C>, ?>> members, Consumer<Message<C>> onSent) {
        this.members = members;
        this.onSent = onSent;
    }

    /** Sends a message: to its addressee if direct, else to every member but the speaker. */
    public void send(Message<C> message) {
        onSent.accept(message);
        if (message.isDirect()) {
            members.get(message.to().index()).policy().listen(message);
            return;
        }
        int speaker = message.from().index();
        for (int i = 0, n = members.size(); i < n; i++) {
            if (i != speaker) {
                members.get(i).policy().listen(message);
            }
        }
    }

    /** The members messages go to. */
    public List<? extends Agent<? extends Policy<?, ?, C>, ?>> members() {
        return members;
    }
}

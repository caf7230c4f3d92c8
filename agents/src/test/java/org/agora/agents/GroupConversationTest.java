package org.agora.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounded group conversations and direct messages. */
class GroupConversationTest {

    /** Says its lines in order, one per turn (null: silent), and keeps what it hears. */
    static final class Talker implements Policy<Void, Void, String> {
        private final List<Utterance<String>> lines;
        final List<Message<String>> heard = new ArrayList<>();
        private int next;

        Talker(List<Utterance<String>> lines) {
            this.lines = lines;
        }

        @Override
        public void observe(Void observation) {
        }

        @Override
        public Void decide() {
            return null;
        }

        @Override
        public Utterance<String> speak(Transcript<String> transcript) {
            return next < lines.size() ? lines.get(next++) : null;
        }

        @Override
        public void listen(Message<String> message) {
            heard.add(message);
        }
    }

    private final List<Agent<Talker, Integer>> members = new ArrayList<>();
    private final List<Message<String>> sent = new ArrayList<>();

    private Agent<Talker, Integer> member(Utterance<String> line) {
        int index = members.size();
        List<Utterance<String>> lines = new ArrayList<>();
        lines.add(line);
        Agent<Talker, Integer> agent = new Agent<>(new Identity(index, Identity.idOf(index), "talker", 1), new Memory<>(1),
                new Talker(lines));
        members.add(agent);
        return agent;
    }

    @Test
    void membersTakeTurnsFromTheFirstSpeakerAndEveryoneButTheSpeakerHearsTheGroup() {
        for (int i = 0; i < 4; i++) {
            member(Utterance.toGroup("hello from " + i));
        }
        Transcript<String> transcript = GroupConversation.hold(2, 10, 2, new Messenger<>(members, sent::add));
        assertThat(transcript.messages()).extracting(m -> m.from().id())
                .containsExactly("agent-2", "agent-3", "agent-0", "agent-1");
        assertThat(transcript.messages()).extracting(Message::turn).containsExactly(1, 2, 3, 4);
        assertThat(transcript.messages()).allSatisfy(m -> assertThat(m.round()).isEqualTo(2));
        assertThat(sent).isEqualTo(transcript.messages());
        for (Agent<Talker, Integer> agent : members) {
            assertThat(agent.policy().heard).hasSize(3).noneMatch(m -> m.from().equals(agent.identity()));
        }
    }

    @Test
    void theConversationStopsAtItsBound() {
        for (int i = 0; i < 50; i++) {
            member(Utterance.toGroup("line " + i));
        }
        Transcript<String> transcript = GroupConversation.hold(1, 10, 0, new Messenger<>(members, sent::add));
        assertThat(transcript.size()).isEqualTo(10);
        assertThat(transcript.remaining()).isZero();
        assertThat(members.get(49).policy().heard).hasSize(10);
        assertThat(GroupConversation.hold(1, 0, 0, new Messenger<>(members, sent::add)).size()).isZero();
    }

    @Test
    void aDirectMessageReachesItsAddresseeOnly() {
        Agent<Talker, Integer> first = member(null);
        member(null);
        Agent<Talker, Integer> third = member(null);
        first.policy().lines.set(0, Utterance.to(third.identity(), "psst"));
        Transcript<String> transcript = GroupConversation.hold(1, 10, 0, new Messenger<>(members, sent::add));
        assertThat(transcript.messages()).singleElement().satisfies(m -> {
            assertThat(m.isDirect()).isTrue();
            assertThat(m.addressee()).isEqualTo("agent-2");
        });
        assertThat(third.policy().heard).hasSize(1);
        assertThat(members.get(1).policy().heard).isEmpty();
        assertThat(first.policy().heard).isEmpty();
    }

    @Test
    void silentMembersSayNothingAndTheRoundEndsAfterEveryoneHadATurn() {
        member(null);
        member(Utterance.toGroup("only me"));
        member(null);
        Transcript<String> transcript = GroupConversation.hold(1, 10, 0, new Messenger<>(members, sent::add));
        assertThat(transcript.messages()).extracting(Message::content).containsExactly("only me");
        assertThat(Messenger.GROUP).isEqualTo(transcript.get(0).addressee());
    }

    @Test
    void anAgentRemembersItsRoundAndThenItsPolicyReflects() {
        Agent<Talker, Integer> agent = member(null);
        agent.endRound(7);
        assertThat(agent.memory().last()).isEqualTo(7);
        assertThat(agent.toString()).isEqualTo("agent-0 (talker)");
    }
}

package org.agora.agents;

import java.util.List;

/**
 * A conversation of a whole group with a bounded number of utterances. Members are offered the
 * floor once each, in turn, starting from a given member; each says one thing (to the group or
 * to one member) or stays silent. It ends when {@code maxUtterances} have been said or every
 * member has had its turn.
 *
 * <p>Cost: at most n turns and {@code maxUtterances} messages, each heard by up to n − 1
 * members, so O(n · maxUtterances) for a group of n, never O(n²).
 */
public final class GroupConversation {

    private GroupConversation() {
    }

    /**
     * Holds one conversation.
     *
     * @param round the round, from 1
     * @param maxUtterances the most that may be said (0: nothing is said)
     * @param firstSpeaker the index of the member offered the floor first
     * @param messenger delivers what is said
     * @return the transcript
     */
    public static <C> Transcript<C> hold(int round, int maxUtterances, int firstSpeaker, Messenger<C> messenger) {
        if (maxUtterances < 0) {
            throw new IllegalArgumentException("maxUtterances must be >= 0, was " + maxUtterances);
        }
        List<? extends Agent<? extends Policy<?, ?, C>, ?>> members = messenger.members();
        int n = members.size();
        // Each member has one turn, so at most n messages.
        Transcript<C> transcript = new Transcript<>(round, maxUtterances, n);
        for (int turn = 0; turn < n && transcript.remaining() > 0; turn++) {
            Agent<? extends Policy<?, ?, C>, ?> speaker = members.get(Math.floorMod(firstSpeaker + turn, n));
            Utterance<C> utterance = speaker.policy().speak(transcript);
            if (utterance != null) {
                Message<C> message = new Message<>(round, transcript.size() + 1, speaker.identity(), utterance.to(),
                        utterance.content());
                transcript.add(message);
                messenger.send(message);
            }
        }
        return transcript;
    }
}

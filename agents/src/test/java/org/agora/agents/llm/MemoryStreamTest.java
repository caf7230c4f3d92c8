package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Dated memories: expiry, the always-kept agreement, ranking by relevance, recency and importance. */
class MemoryStreamTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    @Test
    void expiredMemoriesAreForgottenButTheAgreementIsAlwaysRecalled() {
        MemoryStream memories = new MemoryStream(null);
        memories.add(JAN, "The fishers agreed on at most 10 tons each.", 10, true);
        memories.add(JAN, "I caught 10 tons.", 3, false);
        memories.add(JAN.plusMonths(3), "I caught 8 tons.", 3, false);

        List<String> recalled = memories.retrieve("how much to catch", JAN.plusMonths(3), 1);

        assertThat(recalled).containsExactly("2024-01-01: The fishers agreed on at most 10 tons each.");
        assertThat(memories.retrieve("how much to catch", JAN.plusMonths(3), 5))
                .containsExactly("2024-01-01: The fishers agreed on at most 10 tons each.", "2024-04-01: I caught 8 tons.");
    }

    @Test
    void aNewAgreementReplacesTheOldOneAmongTheAlwaysKept() {
        MemoryStream memories = new MemoryStream(null);
        memories.add(JAN, "The fishers agreed on at most 10 tons each.", 10, true);
        memories.supersede("The fishers agreed");
        memories.add(JAN.plusMonths(4), "The fishers agreed on at most 5 tons each.", 10, true);

        assertThat(memories.retrieve("limit", JAN.plusMonths(4), 1)).containsExactly("2024-05-01: The fishers agreed on at most 5 tons each.");
    }

    @Test
    void relevanceRanksMemoriesOfTheSameAgeAndImportanceByMeaning() {
        MemoryStream memories = new MemoryStream(MemoryStream.now(Embeddings::of));
        memories.add(JAN, "The weather was sunny and warm at the market.", 3, false);
        memories.add(JAN, "Kate caught far more fish than the lake can bear.", 3, false);
        memories.add(JAN, "My neighbour painted his house blue.", 3, false);

        assertThat(memories.retrieve("who overfished the lake", JAN, 1))
                .containsExactly("2024-01-01: Kate caught far more fish than the lake can bear.");
    }

    @Test
    void embeddingsStillBeingComputedAreWaitedForAndRankAsTheyWouldAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<float[]>> asked = new CopyOnWriteArrayList<>();
        MemoryStream later = new MemoryStream(text -> {
            CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Embeddings.of(text);
            });
            asked.add(vector);
            return vector;
        });
        MemoryStream now = new MemoryStream(MemoryStream.now(Embeddings::of));
        for (MemoryStream memories : List.of(later, now)) {
            memories.add(JAN, "The weather was sunny and warm at the market.", 3, false);
            memories.add(JAN, "Kate caught far more fish than the lake can bear.", 3, false);
            memories.add(JAN, "My neighbour painted his house blue.", 3, false);
        }
        // Forming a memory does not wait for its vector.
        assertThat(asked).hasSize(3).noneMatch(CompletableFuture::isDone);

        release.countDown();
        assertThat(later.retrieve("who overfished the lake", JAN, 1)).isEqualTo(now.retrieve("who overfished the lake", JAN, 1))
                .containsExactly("2024-01-01: Kate caught far more fish than the lake can bear.");
    }

    @Test
    void aRetrievalThatRecallsEveryLiveMemoryWaitsForNoVector() {
        List<String> embedded = new CopyOnWriteArrayList<>();
        MemoryStream memories = new MemoryStream(text -> {
            embedded.add(text);
            return new CompletableFuture<>();
        });
        memories.add(JAN, "The fishers agreed on at most 10 tons each.", 10, true);
        memories.add(JAN, "I caught 10 tons.", 3, false);
        memories.add(JAN.plusDays(1), "Kate caught 12 tons.", 4, false);

        // The vectors are never computed here: waiting for one would block the test.
        assertThat(memories.retrieve(List.of("who overfished", "the lake"), JAN.plusDays(2), 3))
                .containsExactly("2024-01-01: The fishers agreed on at most 10 tons each.", "2024-01-01: I caught 10 tons.",
                        "2024-01-02: Kate caught 12 tons.");
        assertThat(embedded).as("the queries are not embedded").doesNotContain("who overfished", "the lake");
    }

    @Test
    void aQueryOfSeveralLinesRanksByTheSumOfTheirVectorsWhateverTheOrderTheyWereComputedIn() {
        CountDownLatch release = new CountDownLatch(1);
        MemoryStream later = new MemoryStream(text -> CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Embeddings.of(text);
        }));
        MemoryStream now = new MemoryStream(MemoryStream.now(Embeddings::of));
        for (MemoryStream memories : List.of(later, now)) {
            memories.add(JAN, "The weather was sunny and warm at the market.", 3, false);
            memories.add(JAN, "Kate caught far more fish than the lake can bear.", 3, false);
            memories.add(JAN, "My neighbour painted his house blue.", 3, false);
        }
        List<String> query = List.of("Mayor: Kate caught 40 tons.", "John: that is more than the lake can bear.");

        release.countDown();
        assertThat(later.retrieve(query, JAN, 1)).isEqualTo(now.retrieve(query, JAN, 1))
                .containsExactly("2024-01-01: Kate caught far more fish than the lake can bear.");
    }
}

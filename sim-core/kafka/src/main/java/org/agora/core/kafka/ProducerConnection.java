package org.agora.core.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The producer of a sink: ready at once, or made in the background once the broker answers (a
 * run started with --spool-if-unreachable). Threading: asked from the sending thread; the
 * background connection tries on a thread of its own.
 */
abstract class ProducerConnection {

    abstract Producer<byte[], byte[]> producerIfReady();

    abstract int partitions();

    /** Why it will never connect, or null. */
    abstract String failure();

    abstract void cancel();

    static ProducerConnection ready(Producer<byte[], byte[]> producer) {
        return new ProducerConnection() {
            @Override
            Producer<byte[], byte[]> producerIfReady() {
                return producer;
            }

            @Override
            int partitions() {
                return 0;
            }

            @Override
            String failure() {
                return null;
            }

            @Override
            void cancel() {
            }
        };
    }

    static ProducerConnection inBackground(KafkaSettings settings) {
        return new BackgroundConnection(settings);
    }

    /** Tries to reach the broker every few seconds on a thread of its own until it answers or the sink closes. */
    private static final class BackgroundConnection extends ProducerConnection {
        private static final long RETRY_MILLIS = 2000;

        private final CompletableFuture<KafkaProducer<byte[], byte[]>> producer = new CompletableFuture<>();
        private volatile int partitions;
        private volatile boolean cancelled;
        private final Thread thread;

        BackgroundConnection(KafkaSettings settings) {
            thread = new Thread(() -> connect(settings), "agora-kafka-connect");
            thread.setDaemon(true);
            thread.start();
        }

        private void connect(KafkaSettings settings) {
            while (!cancelled) {
                try {
                    partitions = TopicSetup.ensureTopic(settings);
                    producer.complete(KafkaSink.createProducer(settings));
                    return;
                } catch (TopicSetup.UnreachableException e) {
                    try {
                        Thread.sleep(RETRY_MILLIS);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                } catch (RuntimeException e) {
                    producer.completeExceptionally(e);
                    return;
                }
            }
        }

        @Override
        Producer<byte[], byte[]> producerIfReady() {
            return producer.isDone() && !producer.isCompletedExceptionally() ? producer.join() : null;
        }

        @Override
        int partitions() {
            return partitions;
        }

        @Override
        String failure() {
            if (!producer.isCompletedExceptionally()) {
                return null;
            }
            try {
                producer.join();
                return null;
            } catch (CompletionException e) {
                return e.getCause().getMessage();
            }
        }

        @Override
        void cancel() {
            cancelled = true;
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

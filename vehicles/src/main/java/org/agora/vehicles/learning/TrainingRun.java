package org.agora.vehicles.learning;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.run.JsonFiles;
import org.agora.core.sink.EventJsonCodec;
import org.agora.vehicles.rl.Observations;

/**
 * One training into its output directory:
 * <ul>
 *   <li>{@code events.jsonl}: {@link TrainingIterationCompleted} and {@link PolicyEvaluated}, in the
 *       one JSON-lines schema of every run;</li>
 *   <li>{@code learning-curve.csv}: a {@link CurvePoint} per evaluation;</li>
 *   <li>{@code checkpoint.json}: the {@link TrainerState} at every checkpoint interval and at the end,
 *       from which {@code --resume} continues bit for bit (events after the checkpoint are dropped
 *       and played again);</li>
 *   <li>{@code policy.json}: the final {@link PolicyFile}.</li>
 * </ul>
 * A directory that already holds a checkpoint is only continued with resume, never overwritten.
 * Runs on the calling thread.
 */
public final class TrainingRun {

    public static final String EVENTS_FILE = "events.jsonl";
    public static final String CURVE_FILE = "learning-curve.csv";
    public static final String CHECKPOINT_FILE = "checkpoint.json";
    public static final String POLICY_FILE = "policy.json";

    /** What the caller hears after each episode (on the training thread). */
    @FunctionalInterface
    public interface Progress {
        void episode(TrainingIterationCompleted completed, PolicyEvaluated evaluatedOrNull, int episodes);
    }

    private final TrainingSettings settings;
    private final Path directory;

    public TrainingRun(TrainingSettings settings) {
        this.settings = settings;
        this.directory = settings.out();
    }

    /**
     * Trains to the settings' episode count and writes the directory.
     *
     * @param resume continue from the directory's checkpoint
     * @param stop checked after every episode: true ends the training early after a checkpoint
     * @return the final state
     * @throws BadInputException if the directory holds a training and resume is off, or resume is
     *     on and there is no checkpoint of these settings
     */
    public TrainerState execute(boolean resume, Progress progress, BooleanSupplier stop) {
        Path checkpoint = directory.resolve(CHECKPOINT_FILE);
        TrainerState state;
        if (resume) {
            state = readCheckpoint(checkpoint);
        } else {
            if (Files.exists(checkpoint)) {
                throw BadInputException.at(directory.toString(), 0, null,
                        "already holds a training (" + CHECKPOINT_FILE + "); continue it with --resume or choose another out");
            }
            state = TrainerState.fresh(settings, new Observations(settings.intentFeatures()).size());
        }
        createDirectory();
        try (EventLog log = EventLog.open(directory.resolve(EVENTS_FILE), state.events())) {
            PolicyEvaluated[] lastEvaluation = new PolicyEvaluated[1];
            MappoTrainer trainer = new MappoTrainer(settings, state, event -> {
                log.write(event);
                if (event instanceof PolicyEvaluated evaluated) {
                    lastEvaluation[0] = evaluated;
                }
            });
            while (!trainer.finished()) {
                lastEvaluation[0] = null;
                TrainingIterationCompleted completed = trainer.trainEpisode();
                boolean stopping = stop.getAsBoolean();
                if (state.episode() % settings.checkpointInterval() == 0 || trainer.finished() || stopping) {
                    log.flush();
                    writeCurve(state);
                    writeCheckpoint(state);
                }
                progress.episode(completed, lastEvaluation[0], settings.episodes());
                if (stopping) {
                    return state;
                }
            }
            trainer.policy().write(directory.resolve(POLICY_FILE));
        }
        return state;
    }

    /** A training's checkpoint digest: what must not change between a checkpoint and its resumption. */
    String digest() {
        return String.join("|", settings.algorithm(), settings.scenario().toString(), settings.hyperparameters().toString(),
                Long.toString(settings.seed()), settings.evaluationSeeds().toString(),
                Integer.toString(settings.evaluationInterval()), Boolean.toString(settings.evaluation().safetyModule()),
                settings.evaluationActions().toString());
    }

    private TrainerState readCheckpoint(Path checkpoint) {
        if (!Files.exists(checkpoint)) {
            throw BadInputException.at(checkpoint.toString(), 0, null, "no checkpoint to resume from");
        }
        Map<String, Object> document;
        try {
            document = JsonFiles.mapper().readValue(checkpoint.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw BadInputException.at(checkpoint.toString(), 0, null, "not a checkpoint (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!digest().equals(document.get("settings"))) {
            throw BadInputException.at(checkpoint.toString(), 0, null,
                    "written by a training with other settings; only episodes may change on resume");
        }
        try {
            return TrainerState.fromDocument((Map<?, ?>) document.get("state"), settings);
        } catch (RuntimeException e) {
            throw BadInputException.at(checkpoint.toString(), 0, null, "not a valid checkpoint (" + e.getMessage() + ")");
        }
    }

    private void writeCheckpoint(TrainerState state) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "agora-checkpoint/1");
        document.put("settings", digest());
        document.put("state", state.toDocument());
        // never rewritten in place on a full disk: a cut checkpoint would lose the whole training
        JsonFiles.writeWhole(directory.resolve(CHECKPOINT_FILE), document);
    }

    private void writeCurve(TrainerState state) {
        List<String> lines = new ArrayList<>();
        lines.add(CurvePoint.CSV_HEADER);
        for (CurvePoint point : state.curve()) {
            lines.add(point.csv());
        }
        try {
            Files.write(directory.resolve(CURVE_FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(CURVE_FILE), e);
        }
    }

    private void createDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw BadInputException.at(directory.toString(), 0, null, "cannot create the output directory (" + e.getMessage() + ")");
        }
    }

    /** The events file, appended to after keeping its first lines (those a checkpoint accounts for). */
    private static final class EventLog implements AutoCloseable {

        private final Path file;
        private final BufferedWriter writer;

        private EventLog(Path file, BufferedWriter writer) {
            this.file = file;
            this.writer = writer;
        }

        static EventLog open(Path file, long keep) {
            try {
                List<String> kept = new ArrayList<>();
                if (keep > 0 && Files.exists(file)) {
                    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                        lines.limit(keep).forEach(kept::add);
                    }
                }
                Files.write(file, kept, StandardCharsets.UTF_8);
                return new EventLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        void write(Event event) {
            try {
                writer.write(EventJsonCodec.toJson(event));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        void flush() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}

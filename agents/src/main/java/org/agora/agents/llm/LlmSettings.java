package org.agora.agents.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.config.Suggestions;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Section;
import org.agora.core.scenario.SectionValue;

/**
 * The {@code llm:} block of a scenario file: where the language models are, how they are asked,
 * and how their answers are kept. Read strictly: an unknown key, a wrong type, a value out of range
 * or a missing key file is one error naming the file, the line and the key. The API key itself is
 * never held here, only where to read it from ({@link #apiKey()} reads it when asked).
 *
 * <pre>
 * llm:
 *   endpoint: http://127.0.0.1:11434/v1   # an OpenAI-compatible base URL, or an Ollama server with provider: ollama
 *   provider: openai                      # openai (any OpenAI-compatible server) or ollama
 *   apiKeyEnv: OPENAI_API_KEY             # the environment variable holding the key, or
 *   apiKeyFile: secrets/key.txt           # a file holding it (relative to the working directory)
 *   temperature: 0                        # sampling temperature
 *   topP: 1                               # nucleus sampling
 *   maxTokens: 600                        # the most tokens of one answer
 *   cache: runs/llm-cache                 # the response cache's directory (an MVStore file inside)
 *   cacheMode: read-write                 # read-write, replay-only or off
 *   concurrency: 4                        # calls in flight at once against this endpoint (shared by a sweep's runs);
 *                                         # default 4 on this machine (a local Ollama), 32 elsewhere (a hosted API)
 *   timeout: 120 s                        # each try's deadline, the whole answer included
 *   retries: 3                            # re-tries of a call after a 429, a 5xx or a timeout, with backoff
 *   tokenBudget: 2000000                  # prompt + completion tokens a run may spend (0: no limit)
 *   frameworkModel: qwen2.5:7b            # summarises the conversation and extracts the agreed limit
 *   reasks: 2                             # re-asks of an answer that cannot be read, before the fallback
 *   memories: 10                          # memories retrieved into a prompt
 *   embeddings: all-minilm-l6-v2          # what ranks memories by relevance: all-minilm-l6-v2, all-minilm-l6-v2-q or none
 *   prompts: {act: my-act.txt}            # prompt templates replacing Agora's (docs/models/commons-llm.md)
 * </pre>
 *
 * @param endpoint the base URL
 * @param provider openai or ollama
 * @param apiKeyEnv the environment variable holding the key, or null
 * @param apiKeyFile the file holding the key, or null
 * @param temperature the sampling temperature
 * @param topP nucleus sampling's p
 * @param maxTokens the most tokens of one answer
 * @param cache the cache's directory
 * @param cacheMode how the cache is used
 * @param concurrency calls in flight at once per endpoint
 * @param timeoutSeconds each try's deadline, from its start to its whole answer, in seconds
 * @param retries re-tries after a retriable failure
 * @param tokenBudget the run's token budget (0: none)
 * @param frameworkModel the model that summarises and extracts limits; null: the first language-model member's
 * @param reasks re-asks of an unreadable answer
 * @param memories memories retrieved into a prompt
 * @param embeddings the model that ranks memories by relevance, or none
 * @param prompts prompt templates replacing the shipped ones, by name, as text
 */
public record LlmSettings(String endpoint, String provider, String apiKeyEnv, Path apiKeyFile, double temperature,
        double topP, int maxTokens, Path cache, CacheMode cacheMode, int concurrency, double timeoutSeconds, int retries,
        long tokenBudget, String frameworkModel, int reasks, int memories, MemoryEmbeddings embeddings,
        Map<String, String> prompts)
        implements SectionValue {

    /** The key of the block. */
    public static final String KEY = "llm";

    /** The block as a scenario declares it. */
    public static final Section SECTION = new Section(KEY,
            "language-model members: endpoint, key, sampling, cache, concurrency, budget, prompts",
            LlmSettings::read);

    /** The names of the prompt templates a file may replace. */
    public static final List<String> PROMPT_NAMES = List.of("system", "act", "converse", "summary", "limit", "reflect");

    private static final List<String> KEYS = List.of("endpoint", "provider", "apiKeyEnv", "apiKeyFile", "temperature",
            "topP", "maxTokens", "cache", "cacheMode", "concurrency", "timeout", "retries", "tokenBudget",
            "frameworkModel", "reasks", "memories", "embeddings", "prompts");

    public LlmSettings {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(cacheMode);
        Objects.requireNonNull(embeddings);
        prompts = Map.copyOf(prompts);
    }

    /** Calls in flight at once against a server on this machine, unless set: Ollama's own default of parallel requests. */
    public static final int LOCAL_CONCURRENCY = 4;
    /** Calls in flight at once against a server elsewhere (a hosted API serves many at once), unless set. */
    public static final int REMOTE_CONCURRENCY = 32;

    /** The defaults: a local Ollama server's OpenAI-compatible API, temperature 0, a read-write cache under runs/. */
    public static LlmSettings defaults() {
        return new LlmSettings("http://127.0.0.1:11434/v1", "openai", null, null, 0.0, 1.0, 600, Path.of("runs", "llm-cache"),
                CacheMode.READ_WRITE, LOCAL_CONCURRENCY, 120, 3, 2_000_000, null, 2, 10, MemoryEmbeddings.DEFAULT, Map.of());
    }

    /**
     * The concurrency an endpoint gets when none is set: {@link #LOCAL_CONCURRENCY} for a server on
     * this machine (127.0.0.1, localhost, ::1: one GPU, which Ollama serves 4 requests at a time by
     * default, queueing the rest), {@link #REMOTE_CONCURRENCY} for any other (a hosted API, whose
     * rate limits answer 429s that the retries absorb).
     */
    public static int defaultConcurrency(String endpoint) {
        String host;
        try {
            host = java.net.URI.create(endpoint).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        boolean local = host != null && (host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
                || host.startsWith("127."));
        return local ? LOCAL_CONCURRENCY : REMOTE_CONCURRENCY;
    }

    /** Reads an {@code llm:} block over the defaults. */
    public static LlmSettings read(ConfigNode node) {
        if (!node.isMap()) {
            throw node.error("the llm block is a map of keys (" + String.join(", ", KEYS) + "), got " + node.describe());
        }
        node.allowOnly(KEYS);
        LlmSettings d = defaults();
        String endpoint = text(node, "endpoint", d.endpoint);
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw node.get("endpoint").error("expected an http:// or https:// URL, got '" + endpoint + "'");
        }
        String provider = text(node, "provider", d.provider);
        if (!List.of("openai", "ollama").contains(provider)) {
            throw node.get("provider").error("expected openai or ollama, got '" + provider + "'"
                    + Suggestions.hint(provider, List.of("openai", "ollama")));
        }
        Path keyFile = null;
        if (node.get("apiKeyFile") != null) {
            keyFile = Path.of(node.get("apiKeyFile").asString());
            if (!Files.isReadable(keyFile)) {
                throw node.get("apiKeyFile").error("cannot read the key file " + keyFile);
            }
        }
        CacheMode mode = choice(node, "cacheMode", d.cacheMode, CacheMode::of, CacheMode.words());
        MemoryEmbeddings embeddings = choice(node, "embeddings", d.embeddings, MemoryEmbeddings::of, MemoryEmbeddings.words());
        Map<String, String> prompts = new LinkedHashMap<>();
        if (node.get("prompts") != null) {
            ConfigNode promptsNode = node.get("prompts");
            promptsNode.allowOnly(PROMPT_NAMES);
            for (Map.Entry<String, ConfigNode> entry : promptsNode.fields().entrySet()) {
                Path file = Path.of(entry.getValue().asString());
                try {
                    prompts.put(entry.getKey(), Files.readString(file));
                } catch (IOException e) {
                    throw entry.getValue().error("cannot read the prompt file " + file);
                }
            }
        }
        return new LlmSettings(endpoint, provider, text(node, "apiKeyEnv", null), keyFile,
                number(node, "temperature", d.temperature, 0, 2), number(node, "topP", d.topP, 0, 1),
                (int) number(node, "maxTokens", d.maxTokens, 1, 1_000_000),
                node.get("cache") == null ? d.cache : Path.of(node.get("cache").asString()), mode,
                (int) number(node, "concurrency", defaultConcurrency(endpoint), 1, 10_000),
                node.get("timeout") == null ? d.timeoutSeconds : positiveSeconds(node.get("timeout")),
                (int) number(node, "retries", d.retries, 0, 100),
                (long) number(node, "tokenBudget", d.tokenBudget, 0, 1e15),
                text(node, "frameworkModel", null),
                (int) number(node, "reasks", d.reasks, 0, 100),
                (int) number(node, "memories", d.memories, 1, 1000),
                embeddings, prompts);
    }

    /** The choice the word at {@code key} names, {@code fallback} without one; a word naming none is an error listing them. */
    private static <T> T choice(ConfigNode node, String key, T fallback, Function<String, Optional<T>> of, List<String> words) {
        ConfigNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        String word = value.asString();
        return of.apply(word).orElseThrow(() -> value.error("expected one of " + String.join(", ", words) + ", got '" + word
                + "'" + Suggestions.hint(word, words)));
    }

    private static String text(ConfigNode node, String key, String fallback) {
        return node.get(key) == null ? fallback : node.get(key).asString();
    }

    private static double number(ConfigNode node, String key, double fallback, double min, double max) {
        ConfigNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        double number = value.asDouble();
        if (number < min || number > max) {
            throw value.error("must be between " + Parameter.number(min) + " and " + Parameter.number(max) + " (was "
                    + Parameter.number(number) + ")");
        }
        return number;
    }

    private static double positiveSeconds(ConfigNode node) {
        double seconds = SimTime.seconds(node);
        if (!(seconds > 0)) {
            throw node.error("must be greater than 0 s");
        }
        return seconds;
    }

    /**
     * A copy with one key set from the command line ({@code --set llm.KEY=VALUE}), read as strictly
     * as the block; the prompts cannot be set this way.
     */
    @Override
    public LlmSettings with(String key, ConfigNode value) {
        if (!KEYS.contains(key) || key.equals("prompts")) {
            throw value.error("unknown key '" + key + "' of the llm block" + Suggestions.hint(key, KEYS)
                    + (key.equals("prompts") ? " (prompts are set in the file)" : ""));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpoint", endpoint);
        data.put("provider", provider);
        if (apiKeyEnv != null) {
            data.put("apiKeyEnv", apiKeyEnv);
        }
        if (apiKeyFile != null) {
            data.put("apiKeyFile", apiKeyFile.toString());
        }
        data.put("temperature", Parameter.number(temperature));
        data.put("topP", Parameter.number(topP));
        data.put("maxTokens", Integer.toString(maxTokens));
        data.put("cache", cache.toString());
        data.put("cacheMode", cacheMode.word());
        if (concurrency != defaultConcurrency(endpoint)) {
            // Left out when it is the endpoint's default, so that setting another endpoint brings its own default.
            data.put("concurrency", Integer.toString(concurrency));
        }
        data.put("timeout", Parameter.number(timeoutSeconds) + " s");
        data.put("retries", Integer.toString(retries));
        data.put("tokenBudget", Long.toString(tokenBudget));
        if (frameworkModel != null) {
            data.put("frameworkModel", frameworkModel);
        }
        data.put("reasks", Integer.toString(reasks));
        data.put("memories", Integer.toString(memories));
        data.put("embeddings", embeddings.word());
        data.put(key, value.asString());
        LlmSettings read = read(ConfigNode.of(data, value.source() + " " + value.path()));
        return new LlmSettings(read.endpoint, read.provider, read.apiKeyEnv, read.apiKeyFile, read.temperature, read.topP,
                read.maxTokens, read.cache, read.cacheMode, read.concurrency, read.timeoutSeconds, read.retries,
                read.tokenBudget, read.frameworkModel, read.reasks, read.memories, read.embeddings, prompts);
    }

    /** A copy asking another endpoint (tests and benchmarks point catalog entries at their own server). */
    public LlmSettings withEndpoint(String newEndpoint) {
        return new LlmSettings(newEndpoint, provider, apiKeyEnv, apiKeyFile, temperature, topP, maxTokens, cache, cacheMode,
                concurrency, timeoutSeconds, retries, tokenBudget, frameworkModel, reasks, memories, embeddings, prompts);
    }

    /** A copy with another cache directory and mode. */
    public LlmSettings withCache(Path newCache, CacheMode newMode) {
        return new LlmSettings(endpoint, provider, apiKeyEnv, apiKeyFile, temperature, topP, maxTokens, newCache, newMode,
                concurrency, timeoutSeconds, retries, tokenBudget, frameworkModel, reasks, memories, embeddings, prompts);
    }

    /** A copy with another concurrency, timeout, retries and token budget. */
    public LlmSettings withLimits(int newConcurrency, double newTimeoutSeconds, int newRetries, long newTokenBudget) {
        return new LlmSettings(endpoint, provider, apiKeyEnv, apiKeyFile, temperature, topP, maxTokens, cache, cacheMode,
                newConcurrency, newTimeoutSeconds, newRetries, newTokenBudget, frameworkModel, reasks, memories, embeddings, prompts);
    }

    /**
     * The API key: from {@link #apiKeyFile()} if given, else from the environment variable
     * {@link #apiKeyEnv()} if given and set, else empty (a local server needs none). Read when
     * the client is built, never stored in the settings, events or files.
     */
    public String apiKey() {
        if (apiKeyFile != null) {
            try {
                return Files.readString(apiKeyFile).strip();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the key file " + apiKeyFile, e);
            }
        }
        String fromEnvironment = apiKeyEnv == null ? null : System.getenv(apiKeyEnv);
        return fromEnvironment == null ? "" : fromEnvironment.strip();
    }

    /** What shapes the events: sampling, the framework model, re-asks, retrieval and its model, the prompts (hashed). */
    @Override
    public String canonicalText() {
        StringBuilder text = new StringBuilder();
        text.append("  temperature=").append(Parameter.number(temperature)).append('\n');
        text.append("  topP=").append(Parameter.number(topP)).append('\n');
        text.append("  maxTokens=").append(maxTokens).append('\n');
        text.append("  frameworkModel=").append(frameworkModel).append('\n');
        text.append("  reasks=").append(reasks).append('\n');
        text.append("  memories=").append(memories).append('\n');
        if (embeddings != MemoryEmbeddings.DEFAULT) {
            // Named only when chosen, so that the runs of files that do not choose keep their ids.
            text.append("  embeddings=").append(embeddings.word()).append('\n');
        }
        prompts.keySet().stream().sorted().forEach(name -> text.append("  prompt.").append(name).append('=')
                .append(ChatCall.sha256(prompts.get(name)), 0, 16).append('\n'));
        return text.toString();
    }

    /** Settings for the manifest: everything but where the key comes from beyond its variable's or file's name. */
    public Map<String, Object> describe() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpoint", endpoint);
        data.put("provider", provider);
        data.put("cache", cache.toString());
        data.put("cacheMode", cacheMode.word());
        data.put("concurrency", concurrency);
        data.put("timeoutSeconds", timeoutSeconds);
        data.put("retries", retries);
        data.put("tokenBudget", tokenBudget);
        data.put("embeddings", embeddings.word());
        return data;
    }
}

package org.agora.agents.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One request to a chat model, complete: which model, the system and user messages, the sampling
 * settings, and the sample index (0 for the first ask of a prompt, 1, 2, … for re-asks of the same
 * prompt), so that a re-ask is cached apart from the first answer.
 *
 * @param purpose what the call decides ({@code act}, {@code converse}, {@code summary}, {@code limit},
 *     {@code reflect}); not part of the request
 * @param model the model's name at the endpoint, for example {@code qwen2.5:7b}
 * @param system the system message
 * @param user the user message
 * @param temperature the sampling temperature
 * @param topP nucleus sampling's p
 * @param maxTokens the most tokens of the answer
 * @param sample the sample index, from 0
 */
public record ChatCall(String purpose, String model, String system, String user, double temperature, double topP,
        int maxTokens, int sample) {

    public ChatCall {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(model);
        Objects.requireNonNull(system);
        Objects.requireNonNull(user);
    }

    /** The same request asked again: the next sample index. */
    public ChatCall again() {
        return new ChatCall(purpose, model, system, user, temperature, topP, maxTokens, sample + 1);
    }

    /** The cache key: a SHA-256 of the model, the full request and the sample index (hex). */
    public String key() {
        return sha256(model + '\u0000' + temperature + '\u0000' + topP + '\u0000' + maxTokens + '\u0000' + system
                + '\u0000' + user + '\u0000' + sample);
    }

    /** A short hash of the messages (the first 16 hex digits of their SHA-256), for events. */
    public String promptHash() {
        return sha256(system + '\u0000' + user).substring(0, 16);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

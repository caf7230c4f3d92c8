package org.agora.vehicles.learning;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Float arrays as Base64 text of their IEEE bits (big-endian): an exact round trip in a JSON file. */
final class FloatCodec {

    private FloatCodec() {
    }

    static String encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static float[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("not a whole number of floats");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    static List<String> encodeAll(float[][] arrays) {
        List<String> out = new ArrayList<>(arrays.length);
        for (float[] array : arrays) {
            out.add(encode(array));
        }
        return out;
    }

    static float[][] decodeAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = decode(texts.get(i));
        }
        return out;
    }
}

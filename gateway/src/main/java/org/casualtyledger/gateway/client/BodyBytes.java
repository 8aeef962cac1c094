package org.casualtyledger.gateway.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a backend's answer into exactly one array of its size. The client's body stream already holds the whole
 * answer and says how much that is; the generic reader copies it through an 8 KiB scratch buffer instead, which
 * was the largest allocation per relayed request.
 */
@Provider
@ConstrainedTo(RuntimeType.CLIENT)
@Priority(Priorities.USER - 100)
public class BodyBytes implements MessageBodyReader<byte[]> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == byte[].class;
    }

    @Override
    public byte[] readFrom(Class<byte[]> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] whole = body.readNBytes(Math.max(0, body.available()));
        int more = body.read();
        if (more < 0) {
            return whole;
        }
        byte[] rest = body.readAllBytes();
        byte[] all = new byte[whole.length + 1 + rest.length];
        System.arraycopy(whole, 0, all, 0, whole.length);
        all[whole.length] = (byte) more;
        System.arraycopy(rest, 0, all, whole.length + 1, rest.length);
        return all;
    }
}

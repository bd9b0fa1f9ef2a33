package io.jnetlink.examples.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineHttpClientTest {
    private static EngineHttpClient.Response parse(String raw) throws IOException {
        return EngineHttpClient.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsABodyFramedByContentLength() throws IOException {
        EngineHttpClient.Response r = parse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4\r\n\r\n[]\n\nextra");
        assertEquals(200, r.status());
        assertEquals("[]\n\n", r.bodyText());
    }

    @Test
    void joinsChunksAndSkipsTrailers() throws IOException {
        EngineHttpClient.Response r = parse("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\n{\"mes\r\n"
                + "10\r\nsage\":\"missing\"}\r\n"
                + "0\r\nX-Trailer: 1\r\n\r\n");
        assertEquals(404, r.status());
        assertEquals("{\"message\":\"missing\"}", r.bodyText());
    }

    @Test
    void readsToEndOfStreamWithoutFraming() throws IOException {
        assertEquals("abc", parse("HTTP/1.0 200 OK\r\n\r\nabc").bodyText());
    }

    @Test
    void rejectsATruncatedBody() {
        assertThrows(EOFException.class, () -> parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
    }

    @Test
    void rejectsSomethingThatIsNotHttp() {
        assertThrows(IOException.class, () -> parse("SSH-2.0-OpenSSH\r\n\r\n"));
    }
}

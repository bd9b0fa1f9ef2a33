package io.jnetlink.examples.docker;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.ByteChannel;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jnr.unixsocket.UnixSocketAddress;
import jnr.unixsocket.UnixSocketChannel;

/**
 * HTTP/1.1 GET over a stream connection, a unix socket or TCP: just what the Docker Engine API
 * needs (one request per connection, bodies framed by {@code Content-Length}, chunked encoding, or
 * the end of stream). Chosen over a general HTTP client because it is about a tenth of the size of
 * one plus the unix-socket adapter it would need, and it is tested against the real daemon.
 */
final class EngineHttpClient {
    private static final int MAX_LINE = 8192;

    /** Opens one connection to the daemon. */
    @FunctionalInterface
    interface Connector {
        /** A new connected channel; its {@code IOException} means nothing accepted the connection. */
        ByteChannel open() throws IOException;
    }

    private final Connector connector;
    private final String hostHeader;

    private EngineHttpClient(Connector connector, String hostHeader) {
        this.connector = connector;
        this.hostHeader = hostHeader;
    }

    /** A client of the daemon listening on the unix socket {@code socket}. */
    static EngineHttpClient unix(File socket) {
        return new EngineHttpClient(() -> UnixSocketChannel.open(new UnixSocketAddress(socket)), "docker");
    }

    /**
     * A client of the daemon listening on TCP at {@code host}:{@code port} (plain HTTP); an IPv6
     * literal host comes in brackets, as in a URL.
     */
    static EngineHttpClient tcp(String host, int port) {
        String address = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new EngineHttpClient(() -> {
            InetSocketAddress target = new InetSocketAddress(address, port);
            if (target.isUnresolved()) {
                throw new IOException("lookup " + address + ": no such host");
            }
            return SocketChannel.open(target);
        }, host + ":" + port);
    }

    /** A response: status code and body bytes. */
    record Response(int status, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends {@code GET target} and reads the whole response.
     *
     * @param target the path and query, such as {@code /networks}
     * @throws ConnectException when nothing accepts the connection
     * @throws IOException       when the exchange fails or the reply is not HTTP
     */
    Response get(String target) throws IOException {
        try (ByteChannel channel = connect()) {
            OutputStream out = Channels.newOutputStream(channel);
            String request = "GET " + target + " HTTP/1.1\r\n"
                    + "Host: " + hostHeader + "\r\n"
                    + "User-Agent: jnl\r\n"
                    + "Accept: application/json\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(new BufferedInputStream(Channels.newInputStream(channel)));
        }
    }

    private ByteChannel connect() throws ConnectException {
        try {
            return connector.open();
        } catch (IOException e) {
            ConnectException failure = new ConnectException(e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /** Parses one HTTP/1.1 response from {@code in}. */
    static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line: " + statusLine, e);
        }
        long contentLength = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunked(in);
        } else if (contentLength >= 0) {
            body = in.readNBytes(Math.toIntExact(contentLength));
            if (body.length != contentLength) {
                throw new EOFException("HTTP body shorter than its Content-Length");
            }
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int extension = sizeLine.indexOf(';');
            String hex = (extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + sizeLine, e);
            }
            if (size == 0) {
                // Trailer fields, if any, end with an empty line.
                String trailer;
                do {
                    trailer = line(in);
                } while (!trailer.isEmpty());
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("HTTP chunk cut short");
            }
            body.write(chunk);
            if (!line(in).isEmpty()) {
                throw new IOException("HTTP chunk not followed by CRLF");
            }
        }
    }

    /** One CRLF- (or LF-) terminated line, without its terminator. */
    private static String line(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an HTTP response");
            }
            if (b == '\n') {
                int end = text.length();
                if (end > 0 && text.charAt(end - 1) == '\r') {
                    text.setLength(end - 1);
                }
                return text.toString();
            }
            if (text.length() >= MAX_LINE) {
                throw new IOException("HTTP line longer than " + MAX_LINE + " bytes");
            }
            text.append((char) b);
        }
    }
}

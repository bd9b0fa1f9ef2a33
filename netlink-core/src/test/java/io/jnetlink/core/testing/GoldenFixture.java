package io.jnetlink.core.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden capture from {@code src/test/resources/golden}: the request iproute2's {@code ip}
 * sent, every datagram the kernel answered with, and what {@code ip} printed at capture time.
 * The files are written by {@code golden/capture.sh} from strace's byte dumps; their format is
 * described there ({@code request N} / {@code datagram N} blocks of hex, {@code #} comments).
 */
public final class GoldenFixture {
    private static final String PRINTED_MARKER = "# ip printed:";

    private final String name;
    private final byte[] request;
    private final List<byte[]> datagrams;
    private final List<String> printed;

    private GoldenFixture(String name, byte[] request, List<byte[]> datagrams, List<String> printed) {
        this.name = name;
        this.request = request;
        this.datagrams = datagrams;
        this.printed = printed;
    }

    /** Loads {@code golden/NAME} from the test class path. */
    public static GoldenFixture load(String name) {
        String resource = "/golden/" + name;
        try (InputStream in = GoldenFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static GoldenFixture parse(String name, String text) {
        byte[] request = null;
        List<byte[]> datagrams = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        boolean inPrinted = false;
        ByteArrayOutputStream block = null;
        int declared = 0;
        String kind = null;
        for (String line : (text + "\nend 0").split("\n")) {
            if (line.startsWith("#")) {
                if (line.startsWith(PRINTED_MARKER)) {
                    inPrinted = true;
                } else if (inPrinted) {
                    // Printed lines are indented by "#   ".
                    printed.add(line.length() > 4 ? line.substring(4) : "");
                }
                continue;
            }
            inPrinted = false;
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] words = trimmed.split("\\s+");
            if (words[0].equals("request") || words[0].equals("datagram") || words[0].equals("end")) {
                if (block != null) {
                    byte[] bytes = block.toByteArray();
                    if (bytes.length != declared) {
                        throw new IllegalStateException(name + ": " + kind + " declares " + declared
                                + " bytes but holds " + bytes.length);
                    }
                    if (kind.equals("request")) {
                        request = bytes;
                    } else {
                        datagrams.add(bytes);
                    }
                }
                kind = words[0];
                declared = Integer.parseInt(words[1]);
                block = new ByteArrayOutputStream();
                continue;
            }
            for (String hex : words) {
                block.write(Integer.parseInt(hex, 16));
            }
        }
        if (request == null || datagrams.isEmpty()) {
            throw new IllegalStateException(name + ": needs a request and at least one datagram");
        }
        return new GoldenFixture(name, request, List.copyOf(datagrams), List.copyOf(printed));
    }

    /** The file name under {@code golden/}. */
    public String name() {
        return name;
    }

    /** The bytes {@code ip} sent (its whole send buffer: may extend past {@code nlmsg_len}). */
    public byte[] request() {
        return request.clone();
    }

    /** The datagrams the kernel sent back, in order. */
    public List<byte[]> datagrams() {
        return datagrams;
    }

    /** Datagram {@code index} in a fresh heap buffer, readable from 0. */
    public ByteBuf datagram(int index) {
        return Unpooled.wrappedBuffer(datagrams.get(index));
    }

    /** All datagrams one after the other: a valid run of messages, since no message spans two. */
    public ByteBuf allMessages() {
        ByteBuf buf = Unpooled.buffer();
        for (byte[] d : datagrams) {
            buf.writeBytes(d);
        }
        return buf;
    }

    /** The lines {@code ip} printed when the fixture was captured (stdout and stderr). */
    public List<String> printed() {
        return printed;
    }

    @Override
    public String toString() {
        return name;
    }
}

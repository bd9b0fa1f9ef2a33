package io.jnetlink.route.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.route.link.LinkAttributes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the netlink requests a reference tool sends, with
 * {@code strace -f -e trace=sendmsg -xx -s 65536}, so tests can compare them with ours byte for
 * byte (sequence number and port id excluded). strace prints the payload as raw hex only because
 * the tool runs in another namespace ({@code ip -n NS}), where strace cannot tell the socket's
 * protocol and so does not decode it.
 */
public final class StraceCapture {
    private static final Pattern MESSAGE = Pattern.compile(
            "\\{nlmsg_len=(\\d+), nlmsg_type=([^,]+), nlmsg_flags=([^,]+), nlmsg_seq=\\d+, nlmsg_pid=\\d+\\}, \"((?:\\\\x[0-9a-f]{2})*)\"");

    private StraceCapture() {
    }

    /** A request as sent: its nlmsg_len, type, flags, and the bytes after the 16-byte header. */
    public record Request(int length, int type, int flags, byte[] payload) {
        /** The same view of a message our writer produced. */
        public static Request of(ByteBuf message) {
            int start = message.readerIndex();
            byte[] payload = new byte[message.readableBytes() - NlMsgHdr.SIZE];
            message.getBytes(start + NlMsgHdr.SIZE, payload);
            return new Request(HostOrder.s32(message, start + NlMsgHdr.LEN), HostOrder.u16(message, start + NlMsgHdr.TYPE),
                    HostOrder.u16(message, start + NlMsgHdr.FLAGS), payload);
        }

        /** The payload as hex, for readable assertion failures. */
        public String hex() {
            return HexFormat.of().formatHex(payload);
        }

        /** The whole message rebuilt, with zero sequence number and port id, for decoding. */
        public ByteBuf toBuffer() {
            ByteBuf buf = Unpooled.buffer(length);
            buf.writeZero(NlMsgHdr.SIZE);
            HostOrder.setU32(buf, NlMsgHdr.LEN, length);
            HostOrder.setU16(buf, NlMsgHdr.TYPE, type);
            HostOrder.setU16(buf, NlMsgHdr.FLAGS, flags);
            buf.writeBytes(payload);
            return buf;
        }
    }

    /**
     * Runs {@code command} under strace and returns every netlink request of {@code type} it sent;
     * fails the test when the command fails.
     */
    public static List<Request> requests(int type, String... command) {
        return capture(true, type, command);
    }

    /**
     * Asserts that {@code command} sends exactly one request of {@code type} and that its flags
     * and bytes equal those of the request {@code write} writes, with {@code NLM_F_ACK} added (the
     * socket adds it when it executes a request; ip sets it itself).
     */
    public static void assertSentAsWritten(int type, Consumer<MessageWriter> write, String... command) {
        List<Request> sent = requests(type, command);
        String what = String.join(" ", command);
        assertEquals(1, sent.size(), what);
        try (MessageWriter w = new MessageWriter()) {
            write.accept(w);
            w.flags(w.flags() | NlMsgHdr.NLM_F_ACK);
            Request ours = Request.of(w.finish());
            assertEquals(sent.get(0).flags(), ours.flags(), what);
            assertEquals(sent.get(0).hex(), ours.hex(), what);
        }
    }

    /**
     * Runs {@code command} under strace and returns the last netlink request of {@code type} it
     * sent, even when the kernel refused it: that shows the bytes for link kinds this kernel lacks.
     */
    public static Request lastRequestEvenIfRefused(int type, String... command) {
        List<Request> sent = capture(false, type, command);
        if (sent.isEmpty()) {
            throw new AssertionError("no netlink message of type " + type + " sent by " + String.join(" ", command));
        }
        return sent.get(sent.size() - 1);
    }

    /**
     * A copy of {@code bytes} (a message or a payload) with every {@code IFLA_NET_NS_FD} value
     * zeroed: descriptor numbers differ between processes.
     */
    public static byte[] maskNetnsFd(byte[] bytes) {
        byte[] copy = bytes.clone();
        // Attributes start on 4-byte boundaries; an 8-byte attribute of this type is the descriptor.
        for (int i = 0; i + 8 <= copy.length; i += 4) {
            if (copy[i] == 8 && copy[i + 1] == 0 && copy[i + 2] == LinkAttributes.NET_NS_FD.type() && copy[i + 3] == 0) {
                Arrays.fill(copy, i + 4, i + 8, (byte) 0);
            }
        }
        return copy;
    }

    /** What a traced command did: the netlink requests of the type asked for, and how it ended. */
    public record Traced(List<Request> requests, Shell.Result result) {
    }

    /**
     * Runs {@code command} under strace and returns every netlink request of {@code type} it sent
     * (none when it failed before sending), with its exit status and output, whether it failed or not.
     */
    public static Traced traced(int type, String... command) {
        try {
            Path log = Files.createTempFile("jnetlink-strace", ".log");
            try {
                String[] traced = IpTool.concat(new String[] {"strace", "-f", "-e", "trace=sendmsg", "-xx", "-s", "65536",
                        "-o", log.toString()}, command);
                Shell.Result result = Shell.exec(traced);
                List<Request> found = new ArrayList<>();
                Matcher m = MESSAGE.matcher(Files.readString(log));
                while (m.find()) {
                    Request r = new Request(Integer.parseInt(m.group(1)), parseType(m.group(2)), parseFlags(m.group(3)),
                            unescape(m.group(4)));
                    if (r.type() == type) {
                        found.add(r);
                    }
                }
                return new Traced(found, result);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Request> capture(boolean mustSucceed, int type, String... command) {
        Traced traced = traced(type, command);
        if (mustSucceed && traced.result().exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + traced.result().exitCode() + ": "
                    + traced.result().stderr());
        }
        return traced.requests();
    }

    private static int parseType(String text) {
        String t = text.trim();
        int space = t.indexOf(' ');
        String number = space < 0 ? t : t.substring(0, space);
        return number.startsWith("0x") ? Integer.parseInt(number.substring(2), 16) : Integer.parseInt(number);
    }

    private static int parseFlags(String text) {
        int flags = 0;
        for (String part : text.split("\\|")) {
            flags |= switch (part.trim()) {
                case "NLM_F_REQUEST" -> NlMsgHdr.NLM_F_REQUEST;
                case "NLM_F_MULTI" -> NlMsgHdr.NLM_F_MULTI;
                case "NLM_F_ACK" -> NlMsgHdr.NLM_F_ACK;
                case "NLM_F_ECHO" -> NlMsgHdr.NLM_F_ECHO;
                case "NLM_F_ROOT", "NLM_F_REPLACE" -> NlMsgHdr.NLM_F_ROOT;
                case "NLM_F_MATCH", "NLM_F_EXCL" -> NlMsgHdr.NLM_F_MATCH;
                case "NLM_F_ATOMIC", "NLM_F_CREATE" -> NlMsgHdr.NLM_F_CREATE;
                case "NLM_F_APPEND" -> NlMsgHdr.NLM_F_APPEND;
                case "NLM_F_DUMP" -> NlMsgHdr.NLM_F_DUMP;
                case "0" -> 0;
                default -> {
                    if (!part.trim().startsWith("0x")) {
                        throw new IllegalArgumentException("unknown flag in strace output: " + part);
                    }
                    yield Integer.parseInt(part.trim().substring(2), 16);
                }
            };
        }
        return flags;
    }

    private static byte[] unescape(String escaped) {
        return HexFormat.of().parseHex(escaped.replace("\\x", ""));
    }
}

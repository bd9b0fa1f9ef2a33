package io.jnetlink.route.testing;

import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the netlink requests a reference tool sends, with
 * {@code strace -f -e trace=sendmsg -xx -s 65536}, so tests can compare them with ours byte for
 * byte (sequence number and port id excluded).
 */
public final class StraceCapture {
    private static final Pattern MESSAGE = Pattern.compile(
            "\\{nlmsg_len=(\\d+), nlmsg_type=([^,]+), nlmsg_flags=([^,]+), nlmsg_seq=\\d+, nlmsg_pid=\\d+\\}, \"((?:\\\\x[0-9a-f]{2})*)\"");

    private StraceCapture() {
    }

    /** A request as sent: its type, flags, and the bytes after the 16-byte header. */
    public record Request(int type, int flags, byte[] payload) {
        /** The same view of a message our writer produced. */
        public static Request of(ByteBuf message) {
            byte[] payload = new byte[message.readableBytes() - NlMsgHdr.SIZE];
            message.getBytes(message.readerIndex() + NlMsgHdr.SIZE, payload);
            return new Request(HostOrder.u16(message, NlMsgHdr.TYPE), HostOrder.u16(message, NlMsgHdr.FLAGS), payload);
        }

        /** The payload as hex, for readable assertion failures. */
        public String hex() {
            return HexFormat.of().formatHex(payload);
        }
    }

    /** Runs {@code command} under strace and returns every netlink request of {@code type} it sent. */
    public static List<Request> requests(int type, String... command) {
        try {
            Path log = Files.createTempFile("jnetlink-strace", ".log");
            try {
                Shell.run(IpTool.concat(new String[] {"strace", "-f", "-e", "trace=sendmsg", "-xx", "-s", "65536",
                        "-o", log.toString()}, command));
                List<Request> found = new ArrayList<>();
                Matcher m = MESSAGE.matcher(Files.readString(log));
                while (m.find()) {
                    Request r = new Request(parseType(m.group(2)), parseFlags(m.group(3)), unescape(m.group(4)));
                    if (r.type() == type) {
                        found.add(r);
                    }
                }
                return found;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package io.jnetlink.route.link;

import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.testing.Shell;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an {@code ip} command under {@code strace -f -e trace=sendmsg -xx -s 65536} and rebuilds
 * the netlink messages it sent from strace's decoded header and hex payload. {@code ip} sends its
 * request even when the kernel refuses it, so this shows the bytes for kinds this kernel lacks.
 */
final class IpCapture {
    private static final Pattern MESSAGE = Pattern.compile(
            "\\{nlmsg_len=(\\d+), nlmsg_type=(0x[0-9a-f]+|\\w+)[^,]*, nlmsg_flags=([^,]+), nlmsg_seq=\\d+, nlmsg_pid=\\d+\\}, \"((?:\\\\x[0-9a-f]{2})*)\"");

    /** One message: header fields with seq and pid left out, and the payload after the header. */
    record Sent(int length, int type, int flags, byte[] payload) {
    }

    private IpCapture() {
    }

    /** The netlink messages {@code command} sent with sendmsg, in order. */
    static List<Sent> run(String... command) {
        List<String> argv = new ArrayList<>(List.of("strace", "-f", "-e", "trace=sendmsg", "-xx", "-s", "65536"));
        argv.addAll(List.of(command));
        Shell.Result r = Shell.exec(argv.toArray(String[]::new));
        List<Sent> sent = new ArrayList<>();
        Matcher m = MESSAGE.matcher(r.stderr());
        while (m.find()) {
            sent.add(new Sent(Integer.parseInt(m.group(1)), number(m.group(2)), flags(m.group(3)), hex(m.group(4))));
        }
        if (sent.isEmpty()) {
            throw new AssertionError("no netlink message in strace output of " + command[0] + ": " + r.stderr());
        }
        return sent;
    }

    /** The last message of {@code type} that {@code command} sent. */
    static Sent last(int type, String... command) {
        List<Sent> all = run(command);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).type() == type) {
                return all.get(i);
            }
        }
        throw new AssertionError("no message of type " + type + " among " + all.size());
    }

    /** The same fields from the bytes this library wrote. */
    static Sent of(ByteBuf message) {
        byte[] payload = new byte[message.writerIndex() - 16];
        message.getBytes(16, payload);
        return new Sent(HostOrder.s32(message, 0), HostOrder.u16(message, 4), HostOrder.u16(message, 6), payload);
    }

    /** A buffer holding the message rebuilt with zero sequence and port id. */
    static ByteBuf toBuffer(Sent s) {
        ByteBuf buf = Unpooled.buffer(s.length());
        buf.writeZero(16);
        HostOrder.setU32(buf, 0, s.length());
        HostOrder.setU16(buf, 4, s.type());
        HostOrder.setU16(buf, 6, s.flags());
        buf.writeBytes(s.payload());
        return buf;
    }

    /**
     * A copy of {@code bytes} (a message or a payload) with every {@code IFLA_NET_NS_FD} value
     * zeroed: descriptor numbers differ between processes.
     */
    static byte[] maskNetnsFd(byte[] bytes) {
        byte[] copy = bytes.clone();
        // Attributes start on 4-byte boundaries; an 8-byte attribute of type 28 is the descriptor.
        for (int i = 0; i + 8 <= copy.length; i += 4) {
            if (copy[i] == 8 && copy[i + 1] == 0 && copy[i + 2] == LinkAttributes.IFLA_NET_NS_FD && copy[i + 3] == 0) {
                Arrays.fill(copy, i + 4, i + 8, (byte) 0);
            }
        }
        return copy;
    }

    private static int number(String text) {
        return text.startsWith("0x") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
    }

    private static int flags(String text) {
        int flags = 0;
        for (String part : text.split("\\|")) {
            flags |= switch (part.trim()) {
                case "NLM_F_REQUEST" -> 0x1;
                case "NLM_F_MULTI" -> 0x2;
                case "NLM_F_ACK" -> 0x4;
                case "NLM_F_ECHO" -> 0x8;
                case "0" -> 0;
                default -> number(part.trim());
            };
        }
        return flags;
    }

    private static byte[] hex(String escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i += 4) {
            out.write(Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
        }
        return out.toByteArray();
    }
}

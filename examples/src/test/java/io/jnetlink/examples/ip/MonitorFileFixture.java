package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkInfoAttributes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Link details of kinds this kernel cannot create, checked against ip anyway: ip reads link
 * messages from a file ({@code ip -d monitor file}, the rtmon format: messages one after another),
 * so a test writes the message the kernel would send and compares ip's kind line with ours.
 */
final class MonitorFileFixture {
    private MonitorFileFixture() {
    }

    /**
     * An {@code RTM_NEWLINK} as the kernel would send it for link {@code name} (ifindex 9) of
     * {@code kind}: an Ethernet {@code ifinfomsg}, the name, the kind NUL-terminated (requests leave
     * the NUL out, and ip reads the kind as a C string), and the data {@code data} writes.
     */
    static byte[] newLink(String name, String kind, Consumer<MessageWriter> data) {
        return message(name, LinkInfoAttributes.KIND.type(), kind, LinkInfoAttributes.DATA.type(), data);
    }

    /**
     * As {@link #newLink}, for a port of a master of kind {@code masterKind}: the slave kind and the
     * slave data {@code data} writes.
     */
    static byte[] newPort(String name, String masterKind, Consumer<MessageWriter> data) {
        return message(name, LinkInfoAttributes.SLAVE_KIND.type(), masterKind, LinkInfoAttributes.SLAVE_DATA.type(),
                data);
    }

    private static byte[] message(String name, int kindType, String kind, int dataType, Consumer<MessageWriter> data) {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(MessageType.RTM_NEWLINK, 0);
            w.u8(0).u8(0).u16(1).u32(9).u32(0).u32(0); // ifinfomsg: ARPHRD_ETHER, index 9
            w.attrString(LinkAttributes.IFNAME.type(), name);
            int info = w.beginNested(LinkAttributes.LINKINFO.type());
            w.attrString(kindType, kind);
            int nest = w.beginNested(dataType);
            data.accept(w);
            w.endNested(nest);
            w.endNested(info);
            return ByteBufUtil.getBytes(w.finish());
        }
    }

    /** The link in {@code message}. */
    static Link decode(byte[] message) {
        ByteBuf buf = Unpooled.wrappedBuffer(message);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        assertTrue(cursor.next());
        return Link.decode(cursor);
    }

    /** Our {@code -d} details of the link in {@code message}, from ip's kind line on: text with {@code lineBreak}. */
    static String ours(byte[] message, String lineBreak) {
        StringBuilder out = new StringBuilder();
        new LinkDetails(new LinkFormatter(IpOptions.plain(), List.of(), null), new TextDetailSink(out, lineBreak))
                .write(decode(message), true);
        return out.toString();
    }

    /**
     * What {@code ip -d [-o] monitor file} prints for {@code message} from the line of {@code kind}
     * on, without the final newline.
     */
    static String ip(byte[] message, String kind, boolean oneLine) throws IOException {
        Path file = Files.createTempFile(kind, ".rtmon");
        try {
            Files.write(file, message);
            String printed = oneLine ? Shell.run("ip", "-d", "-o", "monitor", "file", file.toString())
                    : Shell.run("ip", "-d", "monitor", "file", file.toString());
            String kindLine = (oneLine ? "\\" : "\n") + "    " + kind + " ";
            int at = printed.indexOf(kindLine);
            assertTrue(at >= 0, printed);
            return printed.substring(at, printed.length() - 1);
        } finally {
            Files.delete(file);
        }
    }
}

package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Link requests and readers for core's integration tests, written with the core API only. */
final class Links {
    private static final Pattern IP_ONELINE_NAME = Pattern.compile("^\\d+: ([^:@]+)[@:]");

    private Links() {
    }

    /** An RTM_GETLINK dump request for every link (the socket adds NLM_F_DUMP). */
    static MessageWriter dumpRequest(MessageWriter writer) {
        return writer.begin(MessageType.RTM_GETLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                .attrU32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
    }

    /** An RTM_NEWLINK creating {@code name} of {@code kind}. */
    static MessageWriter createRequest(MessageWriter writer, String name, String kind) {
        writer.begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL)
                .u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                .attrString(IFLA_IFNAME, name);
        int linkInfo = writer.beginNested(IFLA_LINKINFO);
        return writer.attrString(IFLA_INFO_KIND, kind).endNested(linkInfo);
    }

    /** An RTM_DELLINK of {@code name}. */
    static MessageWriter deleteRequest(MessageWriter writer, String name) {
        return writer.begin(MessageType.RTM_DELLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                .attrString(IFLA_IFNAME, name);
    }

    /** IFLA_IFNAME of an RTM_NEWLINK/RTM_DELLINK message, or null. */
    static String name(MessageCursor message) {
        AttributeCursor attrs = message.attributes(IFINFOMSG_SIZE);
        while (attrs.next()) {
            if (attrs.type() == IFLA_IFNAME) {
                return attrs.string();
            }
        }
        return null;
    }

    /** Every link name the dump returns, in order. */
    static List<String> dumpNames(NetlinkSocket socket) {
        List<String> names = new ArrayList<>();
        try (MessageWriter writer = new MessageWriter()) {
            socket.dump(dumpRequest(writer), message -> names.add(name(message)));
        }
        return names;
    }

    /** The link names {@code ip -n NS -o link show} prints, in order. */
    static List<String> ipNames(String namespace) {
        List<String> names = new ArrayList<>();
        for (String line : Shell.run("ip", "-n", namespace, "-o", "link", "show").split("\n")) {
            Matcher m = IP_ONELINE_NAME.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Creates {@code ifb<first>} .. {@code ifb<first+count-1>} in one {@code ip -batch} run (test setup). */
    static void addIfbs(String namespace, String prefix, int first, int count) {
        StringBuilder batch = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            batch.append("link add ").append(prefix).append(i).append(" type ifb\n");
        }
        try {
            Path file = Files.createTempFile("jnetlink-batch", ".txt");
            try {
                Files.writeString(file, batch);
                Shell.run("ip", "-n", namespace, "-batch", file.toString());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

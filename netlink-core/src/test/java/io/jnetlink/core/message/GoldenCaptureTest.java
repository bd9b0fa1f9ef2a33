package io.jnetlink.core.message;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.testing.GoldenFixture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decodes replies a real kernel sent to iproute2 (see {@code golden/capture.sh}) and checks every
 * value against what {@code ip} printed from the same bytes; re-encodes ip's requests with
 * {@link MessageWriter} and compares byte for byte.
 */
class GoldenCaptureTest {
    private static final Pattern IP_LINK = Pattern.compile(
            "^(\\d+): ([^:@]+)(?:@([^:]+))?: <([^>]*)> mtu (\\d+) qdisc (\\S+) .* qlen (\\d+)$");
    private static final Pattern IP_LINK_ADDRESS = Pattern.compile("^\\s+link/\\S+ (\\S+) brd (\\S+)$");
    private static final Pattern IP_ADDR = Pattern.compile("^\\s+(inet6?) (\\S+) (.*)$");
    private static final Map<String, Integer> IP_FLAG_BITS = Map.of("UP", IFF_UP, "BROADCAST", IFF_BROADCAST,
            "LOOPBACK", IFF_LOOPBACK, "NOARP", IFF_NOARP, "MULTICAST", IFF_MULTICAST, "LOWER_UP", IFF_LOWER_UP);

    /** One RTM_NEWLINK as decoded by the cursors. */
    private record DecodedLink(int index, String name, int flags, long mtu, String qdisc, long txqlen,
                               MacAddress address, MacAddress broadcast, int link, String kind) {
    }

    @BeforeAll
    static void capturedOnALittleEndianHost() {
        assumeTrue(HostOrder.LITTLE_ENDIAN, "the fixtures hold an x86-64 kernel's host-order (little-endian) bytes");
    }

    @Test
    void linkDumpDecodesToWhatIpPrinted() {
        GoldenFixture fixture = GoldenFixture.load("link-dump.hex");
        Map<Integer, DecodedLink> links = decodeLinks(fixture);

        List<String> printed = fixture.printed();
        assertEquals(2 * links.size(), printed.size(), "ip printed two lines per link");
        for (int i = 0; i < printed.size(); i += 2) {
            Matcher head = IP_LINK.matcher(printed.get(i));
            Matcher address = IP_LINK_ADDRESS.matcher(printed.get(i + 1));
            assertTrue(head.matches(), printed.get(i));
            assertTrue(address.matches(), printed.get(i + 1));
            DecodedLink link = links.get(Integer.parseInt(head.group(1)));
            String where = "link " + head.group(1);
            assertEquals(head.group(2), link.name(), where);
            if (head.group(3) != null) {
                assertEquals(head.group(3), links.get(link.link()).name(), where + " peer");
            }
            Set<String> ipFlags = Set.of(head.group(4).split(","));
            IP_FLAG_BITS.forEach((flag, bit) ->
                    assertEquals(ipFlags.contains(flag), (link.flags() & bit) != 0, where + " flag " + flag));
            assertEquals(Long.parseLong(head.group(5)), link.mtu(), where + " mtu");
            assertEquals(head.group(6), link.qdisc(), where + " qdisc");
            assertEquals(Long.parseLong(head.group(7)), link.txqlen(), where + " qlen");
            assertEquals(MacAddress.parse(address.group(1)), link.address(), where + " address");
            assertEquals(MacAddress.parse(address.group(2)), link.broadcast(), where + " broadcast");
        }
        // ip link show does not print kinds; they are what capture.sh created.
        Map<String, String> kinds = new HashMap<>();
        links.values().forEach(l -> kinds.put(l.name(), l.kind()));
        assertEquals(Arrays.asList("ifb", "bridge", "veth", "veth", null),
                Arrays.asList(kinds.get("ifb0"), kinds.get("br0"), kinds.get("veth0"), kinds.get("veth1"),
                        kinds.get("lo")));
        assertEquals(1400, findLink(links, "veth0").mtu(), "capture.sh set veth0's mtu to 1400");
    }

    private static DecodedLink findLink(Map<Integer, DecodedLink> links, String name) {
        return links.values().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<Integer, DecodedLink> decodeLinks(GoldenFixture fixture) {
        ByteBuf request = Unpooled.wrappedBuffer(fixture.request());
        int requestSeq = HostOrder.s32(request, NlMsgHdr.SEQ);
        Map<Integer, DecodedLink> links = new LinkedHashMap<>();
        MessageCursor messages = new MessageCursor().wrap(fixture.allMessages(), 0,
                fixture.datagrams().stream().mapToInt(d -> d.length).sum());
        boolean done = false;
        while (messages.next()) {
            assertFalse(done, "nothing after NLMSG_DONE");
            assertEquals(requestSeq, messages.sequence());
            assertNotEquals(0, messages.portId(), "replies name the requesting port");
            assertTrue((messages.flags() & NlMsgHdr.NLM_F_MULTI) != 0);
            if (messages.type() == MessageType.NLMSG_DONE) {
                assertEquals(0, HostOrder.s32(messages.buffer(), messages.payloadOffset()), "DONE carries error 0");
                done = true;
                continue;
            }
            assertEquals(MessageType.RTM_NEWLINK, messages.type());
            DecodedLink link = decodeLink(messages);
            links.put(link.index(), link);
        }
        assertTrue(done, "dump ends in NLMSG_DONE");
        return links;
    }

    private static DecodedLink decodeLink(MessageCursor message) {
        int header = message.familyHeader(IFINFOMSG_SIZE);
        ByteBuf buf = message.buffer();
        int index = HostOrder.s32(buf, header + IFI_INDEX);
        int flags = HostOrder.s32(buf, header + IFI_FLAGS);
        String name = null;
        String qdisc = null;
        String kind = null;
        long mtu = -1;
        long txqlen = -1;
        int link = 0;
        MacAddress address = null;
        MacAddress broadcast = null;
        AttributeCursor attrs = message.attributes(IFINFOMSG_SIZE);
        while (attrs.next()) {
            switch (attrs.type()) {
                case IFLA_IFNAME -> name = attrs.string();
                case IFLA_MTU -> mtu = attrs.u32();
                case IFLA_QDISC -> qdisc = attrs.string();
                case IFLA_TXQLEN -> txqlen = attrs.u32();
                case IFLA_LINK -> link = attrs.s32();
                case IFLA_ADDRESS -> address = attrs.mac();
                case IFLA_BROADCAST -> broadcast = attrs.mac();
                case IFLA_LINKINFO -> {
                    AttributeCursor info = attrs.nested();
                    while (info.next()) {
                        if (info.type() == IFLA_INFO_KIND) {
                            kind = info.string();
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new DecodedLink(index, name, flags, mtu, qdisc, txqlen, address, broadcast, link, kind);
    }

    @Test
    void addressDumpDecodesToWhatIpPrinted() {
        GoldenFixture fixture = GoldenFixture.load("addr-dump.hex");
        Map<Integer, String> names = new HashMap<>();
        decodeLinks(GoldenFixture.load("link-dump.hex")).forEach((index, link) -> names.put(index, link.name()));

        // "index name family address/prefix rest-of-ip's-line", from ip's output and from the bytes.
        Set<String> printed = new TreeSet<>();
        String device = null;
        for (String line : fixture.printed()) {
            Matcher link = IP_LINK.matcher(line);
            if (link.matches()) {
                device = link.group(1) + " " + link.group(2);
                continue;
            }
            Matcher addr = IP_ADDR.matcher(line);
            if (addr.matches()) {
                // ip appends the label (the device name) to IPv4 lines.
                String rest = addr.group(3).trim().replaceFirst(" " + device.split(" ")[1] + "$", "");
                printed.add(device + " " + addr.group(1) + " " + addr.group(2) + " " + rest);
            }
        }
        assertEquals(6, printed.size(), "capture.sh's addresses plus loopback and link-local ones");

        Set<String> decoded = new TreeSet<>();
        MessageCursor messages = new MessageCursor().wrap(fixture.allMessages(), 0, totalLength(fixture));
        while (messages.next() && messages.type() != MessageType.NLMSG_DONE) {
            assertEquals(MessageType.RTM_NEWADDR, messages.type());
            int header = messages.familyHeader(IFADDRMSG_SIZE);
            ByteBuf buf = messages.buffer();
            int family = buf.getUnsignedByte(header);
            int prefix = buf.getUnsignedByte(header + 1);
            int scope = buf.getUnsignedByte(header + 3);
            int index = HostOrder.s32(buf, header + 4);
            InetAddress local = null;
            InetAddress address = null;
            String label = null;
            long flags = buf.getUnsignedByte(header + 2);
            AttributeCursor attrs = messages.attributes(IFADDRMSG_SIZE);
            while (attrs.next()) {
                switch (attrs.type()) {
                    case IFA_LOCAL -> local = attrs.inetAddress();
                    case IFA_ADDRESS -> address = attrs.inetAddress();
                    case IFA_LABEL -> label = attrs.string();
                    case IFA_FLAGS -> flags = attrs.u32();
                    default -> {
                    }
                }
            }
            if (family == AF_INET) {
                assertEquals(names.get(index), label, "IPv4 addresses carry the device name as label");
            }
            InetAddress shown = local != null ? local : address;
            StringBuilder line = new StringBuilder();
            line.append(index).append(' ').append(names.get(index)).append(' ')
                    .append(family == AF_INET6 ? "inet6" : "inet").append(' ')
                    .append(shown.getHostAddress().replaceAll("(^|:)0(:0)+(:|$)", "::")).append('/').append(prefix)
                    .append(" scope ").append(scopeName(scope));
            if ((flags & IFA_F_NODAD) != 0) {
                line.append(" nodad");
            }
            if ((flags & IFA_F_TENTATIVE) != 0) {
                line.append(" tentative");
            }
            decoded.add(line.toString());
        }
        assertEquals(printed, decoded);
    }

    private static String scopeName(int scope) {
        return switch (scope) {
            case RT_SCOPE_UNIVERSE -> "global";
            case RT_SCOPE_LINK -> "link";
            case RT_SCOPE_HOST -> "host";
            default -> Integer.toString(scope);
        };
    }

    @Test
    void routeDumpDecodesToWhatIpPrinted() {
        GoldenFixture fixture = GoldenFixture.load("route-dump.hex");
        Map<Integer, String> names = new HashMap<>();
        decodeLinks(GoldenFixture.load("link-dump.hex")).forEach((index, link) -> names.put(index, link.name()));

        List<Map<String, String>> printed = new ArrayList<>();
        for (String line : fixture.printed()) {
            String[] words = line.trim().split(" ");
            Map<String, String> route = new HashMap<>();
            route.put("dst", words[0]);
            for (int i = 1; i + 1 < words.length; i += 2) {
                route.put(words[i], words[i + 1]);
            }
            printed.add(route);
        }
        assertEquals(2, printed.size());

        List<Map<String, String>> decoded = new ArrayList<>();
        MessageCursor messages = new MessageCursor().wrap(fixture.allMessages(), 0, totalLength(fixture));
        while (messages.next() && messages.type() != MessageType.NLMSG_DONE) {
            assertEquals(MessageType.RTM_NEWROUTE, messages.type());
            assertTrue((messages.flags() & NlMsgHdr.NLM_F_DUMP_FILTERED) != 0, "ip asked for the main table only");
            int header = messages.familyHeader(RTMSG_SIZE);
            ByteBuf buf = messages.buffer();
            assertEquals(AF_INET, buf.getUnsignedByte(header));
            int dstLength = buf.getUnsignedByte(header + 1);
            int protocol = buf.getUnsignedByte(header + 5);
            int scope = buf.getUnsignedByte(header + 6);
            assertEquals(RTN_UNICAST, buf.getUnsignedByte(header + 7));
            Map<String, String> route = new HashMap<>();
            AttributeCursor attrs = messages.attributes(RTMSG_SIZE);
            while (attrs.next()) {
                switch (attrs.type()) {
                    case RTA_DST -> route.put("dst", attrs.inetAddress().getHostAddress() + "/" + dstLength);
                    case RTA_GATEWAY -> route.put("via", attrs.inetAddress().getHostAddress());
                    case RTA_OIF -> route.put("dev", names.get(attrs.s32()));
                    case RTA_PREFSRC -> route.put("src", attrs.inetAddress().getHostAddress());
                    case RTA_TABLE -> assertEquals(RT_TABLE_MAIN, attrs.u32());
                    default -> {
                    }
                }
            }
            // ip leaves out "proto boot" and "scope global", its defaults.
            if (protocol != RTPROT_BOOT) {
                route.put("proto", protocol == RTPROT_KERNEL ? "kernel" : Integer.toString(protocol));
            }
            if (scope != RT_SCOPE_UNIVERSE) {
                route.put("scope", scopeName(scope));
            }
            decoded.add(route);
        }
        assertEquals(printed, decoded);
    }

    @Test
    void unknownKindErrorCarriesErrnoAndKernelText() {
        GoldenFixture fixture = GoldenFixture.load("error-unknown-kind.hex");
        Extack ack = decodeError(fixture);
        assertEquals(Errno.EOPNOTSUPP, Errno.of(ack.errno()));
        assertEquals(List.of("Error: " + ack.message() + "."), fixture.printed(), "ip prints the kernel's text");
        assertEquals("Unknown device type", ack.message());
        assertEquals(-1, ack.offset(), "the kernel names no attribute for an unknown kind");
    }

    @Test
    void outOfRangeErrorPointsAtTheOffendingAttribute() {
        GoldenFixture fixture = GoldenFixture.load("error-out-of-range.hex");
        Extack ack = decodeError(fixture);
        assertEquals(Errno.ERANGE, Errno.of(ack.errno()));
        assertEquals(List.of("Error: " + ack.message() + "."), fixture.printed());
        assertEquals("integer out of range", ack.message());
        // The offset counts from the request's nlmsghdr; there sits the attribute ip sent.
        assertEquals(32, ack.offset());
        AttributeCursor offending = new AttributeCursor().wrap(
                Unpooled.wrappedBuffer(fixture.request()), ack.offset(), NlAttr.SIZE + 4);
        assertTrue(offending.next());
        assertEquals(IFLA_GSO_MAX_SIZE, offending.type());
        assertEquals(10, offending.u32(), "ip link set ifb0 gso_max_size 10");
        // NLMSGERR_ATTR_POLICY is flagged NLA_F_NESTED; it describes the bound that was violated.
        assertTrue(ack.policyNestedFlag());
        assertEquals(Map.of(1, 4L, 4, 193L, 5, 0xffffffffL), ack.policy(),
                "NL_POLICY_TYPE_ATTR_TYPE u32, _MIN_VALUE_U 193, _MAX_VALUE_U 2^32-1");
    }

    /** What an NLMSG_ERROR carried. */
    private record Extack(int errno, String message, int offset, boolean policyNestedFlag, Map<Integer, Long> policy) {
    }

    private static Extack decodeError(GoldenFixture fixture) {
        assertEquals(1, fixture.datagrams().size());
        byte[] request = fixture.request();
        MessageCursor messages = new MessageCursor().wrap(fixture.datagram(0), 0, fixture.datagrams().get(0).length);
        assertTrue(messages.next());
        assertEquals(MessageType.NLMSG_ERROR, messages.type());
        assertEquals(NlMsgHdr.NLM_F_ACK_TLVS, messages.flags(), "extack TLVs follow, request not capped");
        ByteBuf buf = messages.buffer();
        int payload = messages.familyHeader(NlMsgErr.SIZE);
        int error = HostOrder.s32(buf, payload + NlMsgErr.ERROR);
        assertTrue(error < 0);
        // Not capped: the whole request comes back, byte for byte.
        int echoedLength = HostOrder.s32(buf, payload + NlMsgErr.MSG + NlMsgHdr.LEN);
        assertEquals(HostOrder.s32(Unpooled.wrappedBuffer(request), NlMsgHdr.LEN), echoedLength);
        byte[] echoed = ByteBufUtil.getBytes(buf, payload + NlMsgErr.MSG, echoedLength);
        assertArrayEquals(Arrays.copyOf(request, echoedLength), echoed);

        int tlvStart = payload + NlMsgErr.MSG + NetlinkAlign.align(echoedLength);
        AttributeCursor tlv = new AttributeCursor().wrap(buf, tlvStart, messages.offset() + messages.length() - tlvStart);
        String message = null;
        int offset = -1;
        boolean policyNested = false;
        Map<Integer, Long> policy = new HashMap<>();
        while (tlv.next()) {
            switch (tlv.type()) {
                case NlMsgErr.NLMSGERR_ATTR_MSG -> message = tlv.string();
                case NlMsgErr.NLMSGERR_ATTR_OFFS -> offset = tlv.s32();
                case NlMsgErr.NLMSGERR_ATTR_POLICY -> {
                    policyNested = tlv.isNestedFlagSet();
                    AttributeCursor fields = tlv.nested();
                    while (fields.next()) {
                        policy.put(fields.type(), fields.valueLength() == 8 ? fields.u64() : fields.u32());
                    }
                }
                default -> {
                }
            }
        }
        assertFalse(messages.next(), "one message per error datagram");
        return new Extack(-error, message, offset, policyNested, policy);
    }

    @Test
    void writerReproducesIpsLinkDumpRequest() {
        assertWriterMatches("link-dump.hex", new MessageWriter()
                .begin(MessageType.RTM_GETLINK, NlMsgHdr.NLM_F_DUMP)
                .u8(AF_PACKET).zeros(IFINFOMSG_SIZE - 1)
                .attrU32(IFLA_EXT_MASK, RTEXT_FILTER_VF));
    }

    @Test
    void writerReproducesIpsUnknownKindRequestWithNestedLinkInfo() {
        MessageWriter writer = new MessageWriter()
                .begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_ACK | NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL)
                .u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                .attrString(IFLA_IFNAME, "x");
        int linkInfo = writer.beginNested(IFLA_LINKINFO);
        // ip sends the kind without its NUL (addattr_l with strlen); the kernel accepts both.
        writer.attrStringNoNul(IFLA_INFO_KIND, "nosuchkind").endNested(linkInfo);
        assertWriterMatches("error-unknown-kind.hex", writer);
    }

    @Test
    void writerReproducesIpsSetLinkRequest() {
        assertWriterMatches("error-out-of-range.hex", new MessageWriter()
                .begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_ACK)
                .u8(AF_UNSPEC).zeros(3).u32(2).u32(0).u32(0)
                .attrU32(IFLA_GSO_MAX_SIZE, 10));
    }

    /** Compares the writer's message with ip's, whose sequence number is copied over first. */
    private static void assertWriterMatches(String fixtureName, MessageWriter writer) {
        try (writer) {
            byte[] ip = GoldenFixture.load(fixtureName).request();
            ByteBuf ours = writer.finish();
            HostOrder.setU32(ours, NlMsgHdr.SEQ, HostOrder.s32(Unpooled.wrappedBuffer(ip), NlMsgHdr.SEQ));
            int length = HostOrder.s32(Unpooled.wrappedBuffer(ip), NlMsgHdr.LEN);
            assertEquals(ByteBufUtil.hexDump(ip, 0, length), ByteBufUtil.hexDump(ours));
        }
    }

    private static int totalLength(GoldenFixture fixture) {
        return fixture.datagrams().stream().mapToInt(d -> d.length).sum();
    }

    @Test
    void fixturesHoldNoTruncatedMessages() {
        for (String name : List.of("link-dump.hex", "addr-dump.hex", "route-dump.hex", "error-unknown-kind.hex",
                "error-out-of-range.hex")) {
            GoldenFixture fixture = GoldenFixture.load(name);
            for (int i = 0; i < fixture.datagrams().size(); i++) {
                MessageCursor messages = new MessageCursor().wrap(fixture.datagram(i), 0, fixture.datagrams().get(i).length);
                int end = 0;
                while (messages.next()) {
                    end = messages.offset() + messages.length();
                }
                assertEquals(fixture.datagrams().get(i).length, end, name + " datagram " + i + " ends on a message");
            }
        }
    }
}

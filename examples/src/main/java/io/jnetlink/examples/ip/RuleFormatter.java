package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.rule.Rule;
import io.jnetlink.route.rule.RuleAttributes;
import io.jnetlink.route.rule.RuleCodec;
import io.jnetlink.route.rule.RulePortRange;
import io.jnetlink.route.rule.UidRange;
import java.math.BigInteger;
import java.net.InetAddress;

/**
 * One policy routing rule as {@code ip rule} writes it: {@code PRIO:\tSELECTOR ACTION} in the text,
 * one object of {@code ip -j rule}'s array; the words and keys of the {@link RuleAttributes} rows,
 * in ip's order.
 */
final class RuleFormatter implements FieldWalk<Rule> {
    /** {@code RTPROT_KERNEL}: the protocol of the kernel's own rules, written only with {@code -d}. */
    private static final int RTPROT_KERNEL = 2;
    /** The value of a suppressor that is not set. */
    private static final int NO_SUPPRESSOR = -1;
    private static final long FULL_MASK = 0xffffffffL;

    private final IpOptions options;

    RuleFormatter(IpOptions options) {
        this.options = options;
    }

    @Override
    public void write(Rule r, DetailSink out) {
        out.field(r.priority() + ":\t", RuleAttributes.PRIORITY.display().json(), r.priority());
        out.present("not", "not", r.isInverted());
        prefix(out, r, RuleAttributes.SRC, r.srcLength());
        prefix(out, r, RuleAttributes.DST, r.dstLength());
        if (r.tos() != 0) {
            String tos = NameTable.DSFIELDS.name(r.tos(), String.format("0x%02x", r.tos()));
            out.field(" tos " + tos, "tos", tos);
        }
        fwmark(out, r);
        device(out, r, RuleAttributes.IIFNAME, RuleCodec.FIB_RULE_IIF_DETACHED);
        device(out, r, RuleAttributes.OIFNAME, RuleCodec.FIB_RULE_OIF_DETACHED);
        if (Boolean.TRUE.equals(r.get(RuleAttributes.L3MDEV))) {
            Display d = RuleAttributes.L3MDEV.display();
            out.field(" " + d.text(), d.json(), DetailSink.JSON_NULL);
        }
        UidRange uids = r.get(RuleAttributes.UID_RANGE);
        if (uids != null) {
            out.field(" uidrange " + uids.start(), "uid_start", uids.start());
            out.field("-" + uids.end(), "uid_end", uids.end());
        }
        Integer ipProto = r.get(RuleAttributes.IP_PROTO);
        if (ipProto != null) {
            String name = IpProtocols.name(ipProto);
            out.field(" ipproto " + name, RuleAttributes.IP_PROTO.display().json(), name);
        }
        ports(out, RuleAttributes.SPORT_RANGE.display().json(), r.get(RuleAttributes.SPORT_RANGE));
        ports(out, RuleAttributes.DPORT_RANGE.display().json(), r.get(RuleAttributes.DPORT_RANGE));
        Long tunnelId = r.get(RuleAttributes.TUN_ID);
        if (tunnelId != null) {
            out.field(" tun_id " + Long.toUnsignedString(tunnelId), "tun_id", new BigInteger(Long.toUnsignedString(tunnelId)));
        }
        table(out, r);
        realms(out, r.get(RuleAttributes.FLOW));
        action(out, r);
        Integer protocol = r.get(RuleAttributes.PROTOCOL);
        if (protocol != null && (protocol != 0 && protocol != RTPROT_KERNEL || options.details())) {
            String name = NameTable.PROTOCOLS.name(protocol);
            out.field(" proto " + name, RuleAttributes.PROTOCOL.display().json(), name);
        }
    }

    /** {@code from S[/LEN]}, {@code from all}, {@code from 0/LEN}; {@code to D[/LEN]} only when there is one. */
    private void prefix(DetailSink out, Rule r, Attribute<InetAddress> row, int length) {
        Display d = row.display();
        boolean source = row == RuleAttributes.SRC;
        String word = (source ? "" : " ") + d.text() + " ";
        InetAddress address = r.get(row);
        if (address != null) {
            String text = InetFormat.ntop(r.family(), address);
            Palette.Kind kind = r.family() == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET;
            out.field(word + options.palette().paint(kind, text), d.json(), text);
            if (length != AddressFamily.maxPrefixLength(r.family())) {
                out.field("/" + length, d.json() + "len", length);
            }
        } else if (length != 0) {
            out.field(word + "0", d.json(), "0");
            out.field("/" + length, d.json() + "len", length);
        } else if (source) {
            out.field(word + "all", d.json(), "all");
        }
    }

    /** {@code fwmark 0xM}, with {@code /0xMASK} unless the mask is full; JSON strings. */
    private static void fwmark(DetailSink out, Rule r) {
        Long mark = r.get(RuleAttributes.FWMARK);
        Long mask = r.get(RuleAttributes.FWMASK);
        if (mark == null && mask == null) {
            return;
        }
        String markText = hex(mark == null ? 0 : mark);
        out.field(" fwmark " + markText, RuleAttributes.FWMARK.display().json(), markText);
        if (mask != null && mask != FULL_MASK) {
            out.field("/" + hex(mask), RuleAttributes.FWMASK.display().json(), hex(mask));
        }
    }

    /** C's {@code %#llx}: {@code 0}, or {@code 0x} and the hex digits. */
    private static String hex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }

    /** {@code iif NAME} / {@code oif NAME}, {@code [detached]} when the kernel says the device is missing. */
    private void device(DetailSink out, Rule r, Attribute<String> row, int detachedFlag) {
        String name = r.get(row);
        if (name != null) {
            Display d = row.display();
            out.field(" " + d.text() + " " + options.palette().paint(Palette.Kind.IFNAME, name), d.json(), name);
            if ((r.flags() & detachedFlag) != 0) {
                out.field(" [detached]", d.json() + "_detached", DetailSink.JSON_NULL);
            }
        }
    }

    /** {@code sport N} for one port, {@code sport A-B} (JSON {@code sport_start}, {@code sport_end}) for a range. */
    private static void ports(DetailSink out, String key, RulePortRange ports) {
        if (ports == null) {
            return;
        }
        if (ports.start() == ports.end()) {
            out.field(" " + key + " " + ports.start(), key, ports.start());
        } else {
            out.field(" " + key + " " + ports.start(), key + "_start", ports.start());
            out.field("-" + ports.end(), key + "_end", ports.end());
        }
    }

    /** {@code lookup TABLE} and its suppressors, when the rule has a table. */
    private static void table(DetailSink out, Rule r) {
        if (r.table() == 0) {
            return;
        }
        String table = NameTable.TABLES.name(r.table());
        Display d = RuleAttributes.TABLE.display();
        out.field(" " + d.text() + " " + table, d.json(), table);
        int length = r.getInt(RuleAttributes.SUPPRESS_PREFIXLEN, NO_SUPPRESSOR);
        if (length != NO_SUPPRESSOR) {
            Display s = RuleAttributes.SUPPRESS_PREFIXLEN.display();
            out.field(" " + s.text() + " " + length, s.json(), length);
        }
        int group = r.getInt(RuleAttributes.SUPPRESS_IFGROUP, NO_SUPPRESSOR);
        if (group != NO_SUPPRESSOR) {
            String name = NameTable.GROUPS.name(group);
            out.field(" suppress_ifgroup " + name, RuleAttributes.SUPPRESS_IFGROUP.display().json(), name);
        }
    }

    /** {@code realms [FROM/]TO}: JSON {@code flow_from}, {@code flow_to}. */
    private static void realms(DetailSink out, Integer flow) {
        if (flow == null) {
            return;
        }
        int from = flow >>> Short.SIZE;
        String to = NameTable.REALMS.name(flow & 0xffff);
        if (from != 0) {
            String fromName = NameTable.REALMS.name(from);
            out.field(" realms " + fromName + "/", "flow_from", fromName);
        } else {
            out.field(" realms ", null, null);
        }
        out.field(to, RuleAttributes.FLOW.display().json(), to);
    }

    /** What the rule does besides a lookup: {@code map-to}/{@code masquerade}, {@code goto}, {@code nop}, a type. */
    private static void action(DetailSink out, Rule r) {
        switch (r.action()) {
            case RuleCodec.RTN_NAT -> {
                InetAddress to = r.get(RuleAttributes.UNUSED2);
                if (to != null) {
                    String text = InetFormat.ntop(r.family(), to);
                    out.field(" map-to " + text, RuleAttributes.UNUSED2.display().json(), text);
                } else {
                    out.field(" masquerade", "masquerade", DetailSink.JSON_NULL);
                }
            }
            case RuleCodec.FR_ACT_GOTO -> {
                Long target = r.get(RuleAttributes.GOTO);
                out.field(" goto " + (target == null ? "none" : target), "goto", target == null ? "none" : target);
                if ((r.flags() & RuleCodec.FIB_RULE_UNRESOLVED) != 0) {
                    out.field(" [unresolved]", "unresolved", DetailSink.JSON_NULL);
                }
            }
            case RuleCodec.FR_ACT_NOP -> out.field(" nop", "nop", DetailSink.JSON_NULL);
            case RuleCodec.FR_ACT_TO_TBL -> {
                // the lookup was written with the table
            }
            default -> {
                String type = RouteFormatter.typeName(r.action());
                out.field(" " + type, "action", type);
            }
        }
    }
}

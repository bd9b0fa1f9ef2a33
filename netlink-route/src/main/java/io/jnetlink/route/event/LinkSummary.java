package io.jnetlink.route.event;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.netty.buffer.ByteBuf;

/**
 * The identifying fields of a link notification: index, name, {@code IFF_*} flags, MTU, master,
 * MAC and kind. Link events carry this small summary rather than a full link record, so the
 * event package stands on its own; decode the full link with a {@code RTM_GETLINK} when needed.
 *
 * @param index   {@code ifi_index}
 * @param name    {@code IFLA_IFNAME}, or null
 * @param flags   {@code ifi_flags} ({@code IFF_UP}, ...)
 * @param mtu     {@code IFLA_MTU}, or -1
 * @param master  {@code IFLA_MASTER}, or 0
 * @param address {@code IFLA_ADDRESS}, or null
 * @param kind    {@code IFLA_INFO_KIND} inside {@code IFLA_LINKINFO}, or null
 */
public record LinkSummary(int index, String name, int flags, int mtu, int master, MacAddress address, String kind) {
    // struct ifinfomsg { u8 family; u8 pad; u16 type; s32 index; u32 flags; u32 change; }
    private static final int IFINFOMSG_SIZE = 16;
    private static final int IFI_INDEX = 4;
    private static final int IFI_FLAGS = 8;
    // From <linux/if_link.h>; only what the summary needs.
    private static final int IFLA_ADDRESS = 1;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_MTU = 4;
    private static final int IFLA_MASTER = 10;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    /** {@code IFF_UP}. */
    public static final int IFF_UP = 0x1;

    /** Decodes the summary of the link message at {@code message}. */
    public static LinkSummary decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(IFINFOMSG_SIZE);
        String name = null;
        int mtu = -1;
        int master = 0;
        MacAddress address = null;
        String kind = null;
        AttributeCursor a = message.attributes(IFINFOMSG_SIZE);
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> name = a.string();
                case IFLA_MTU -> mtu = a.s32();
                case IFLA_MASTER -> master = a.s32();
                case IFLA_ADDRESS -> address = a.mac();
                case IFLA_LINKINFO -> {
                    AttributeCursor info = a.nested();
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
        return new LinkSummary(HostOrder.s32(buf, header + IFI_INDEX), name, HostOrder.s32(buf, header + IFI_FLAGS),
                mtu, master, address, kind);
    }

    /** True when {@code IFF_UP} is set. */
    public boolean isUp() {
        return (flags & IFF_UP) != 0;
    }
}

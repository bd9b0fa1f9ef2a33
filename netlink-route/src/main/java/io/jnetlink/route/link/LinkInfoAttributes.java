package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.NONE;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;

/**
 * {@code IFLA_INFO_*} (linux/if_link.h): the members of {@code IFLA_LINKINFO}, complete against the
 * kernel's {@code rt-link.yaml} ({@code linkinfo-attrs}). The data members are nested in a set
 * that depends on the kind ({@link BridgeAttributes}, {@code VxlanAttributes}, ...), so
 * {@link LinkInfo} reads them through the kind's {@link LinkKindCodec}; the rows give their numbers
 * and how {@code ip -d link} names them.
 */
public final class LinkInfoAttributes {
    /** The {@code IFLA_INFO_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_INFO");

    /** The kind's name ({@code "bridge"}), sent without its NUL as iproute2 does. */
    public static final Attribute<String> KIND = SET.add(1, "IFLA_INFO_KIND", ValueType.STRING_NO_NUL, READ_WRITE,
            NONE, new Display(null, "info_kind", STRING));
    /** The kind's options, nested in the kind's own set. */
    public static final Attribute<RawAttributes> DATA = SET.add(2, "IFLA_INFO_DATA", ValueType.NESTED_RAW, READ_WRITE,
            NONE, new Display(null, "info_data", CUSTOM));
    /** The kind's statistics. */
    public static final Attribute<byte[]> XSTATS = SET.add(3, "IFLA_INFO_XSTATS", ValueType.BINARY, READ_ONLY,
            NONE, Display.NONE);
    /** In a port's message: its master's kind. */
    public static final Attribute<String> SLAVE_KIND = SET.add(4, "IFLA_INFO_SLAVE_KIND", ValueType.STRING_NO_NUL,
            READ_WRITE, NONE, new Display(null, "info_slave_kind", STRING));
    /** In a port's message: the port's options, nested in the master kind's port set. */
    public static final Attribute<RawAttributes> SLAVE_DATA = SET.add(5, "IFLA_INFO_SLAVE_DATA", ValueType.NESTED_RAW,
            READ_WRITE, NONE, new Display(null, "info_slave_data", CUSTOM));

    private LinkInfoAttributes() {
    }
}

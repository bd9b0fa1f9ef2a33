package io.jnetlink.route.address;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.netty.buffer.ByteBuf;

/**
 * A flyweight over one {@code RTM_NEWADDR} message in the receive buffer: the {@code ifaddrmsg}
 * fields read in place, an attribute found and decoded on demand. Nothing is allocated but what
 * {@link #get} decodes (an {@code InetAddress}, a {@code String}, ...) and {@link #toAddress()}.
 *
 * <p>Valid only while the buffer holds the message: inside an {@link AddressVisitor} callback,
 * only during the call. Not thread-safe.
 */
public final class AddressView {
    private MessageCursor message;
    private ByteBuf buf;
    private int header;

    /** Creates a view over nothing; {@link #wrap} points it at a message. */
    public AddressView() {
    }

    /**
     * Points this view at the current message of {@code message}, an {@code RTM_NEWADDR} or
     * {@code RTM_DELADDR}.
     *
     * @param message positioned on the address message; not null
     * @return this view
     * @throws io.jnetlink.core.NetlinkParseException if the message is too short for its {@code ifaddrmsg}
     */
    public AddressView wrap(MessageCursor message) {
        this.header = message.familyHeader(IfAddrMsg.SIZE);
        this.message = message;
        this.buf = message.buffer();
        return this;
    }

    /** {@return {@code ifa_family}} */
    public int family() {
        return buf.getUnsignedByte(header + IfAddrMsg.FAMILY);
    }

    /** {@return {@code ifa_prefixlen}} */
    public int prefixLength() {
        return buf.getUnsignedByte(header + IfAddrMsg.PREFIXLEN);
    }

    /** {@return {@code ifa_flags}, the low 8 {@code IFA_F_*} bits ({@code IFA_FLAGS} has all of them)} */
    public int headerFlags() {
        return buf.getUnsignedByte(header + IfAddrMsg.FLAGS);
    }

    /** {@return {@code ifa_scope}} */
    public int scope() {
        return buf.getUnsignedByte(header + IfAddrMsg.SCOPE);
    }

    /** {@return {@code ifa_index}: the interface the address is on} */
    public int ifindex() {
        return HostOrder.s32(buf, header + IfAddrMsg.INDEX);
    }

    /**
     * The attributes, for reading in place: a cursor before the first one, shared with this
     * view's other calls.
     *
     * @return the cursor
     */
    public AttributeCursor attributes() {
        return message.attributes(IfAddrMsg.SIZE);
    }

    /**
     * The value of {@code attribute}, decoded from the buffer.
     *
     * @param <T>       the value's type
     * @param attribute a constant of {@link AddressAttributes}
     * @return the value, or null when the message does not carry it
     * @throws io.jnetlink.core.NetlinkParseException when the bytes are malformed
     */
    public <T> T get(Attribute<T> attribute) {
        if (attribute.set() != AddressAttributes.SET) {
            throw new IllegalArgumentException(attribute + " is not an address attribute");
        }
        AttributeCursor a = attributes();
        while (a.next()) {
            if (a.type() == attribute.type()) {
                return attribute.valueType().decode(a);
            }
        }
        return null;
    }

    /** {@return the address as an immutable record, independent of the buffer} */
    public Address toAddress() {
        return AddressCodec.decode(message);
    }
}

package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Service-provider interface for one link kind: decodes and encodes the attributes nested in
 * {@code IFLA_INFO_DATA} (and, for kinds that are masters of ports, {@code IFLA_INFO_SLAVE_DATA}).
 * Implementations are found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/io.jnetlink.route.link.LinkKindCodec}, keyed by {@link #kind()};
 * netlink-vxlan registers its {@code vxlan} codec this way.
 *
 * @param <D> the typed data of the kind
 */
public interface LinkKindCodec<D extends LinkData> {
    /** {@return the {@code IFLA_INFO_KIND} string this codec handles, such as {@code "vxlan"}} */
    String kind();

    /** {@return the record type this codec produces and accepts} */
    Class<D> dataType();

    /**
     * Decodes {@code IFLA_INFO_DATA}.
     *
     * @return the typed data; never null
     * @param data a cursor over the nested attributes, before the first; valid only during the call
     */
    D decode(AttributeCursor data);

    /**
     * Writes the attributes that go inside {@code IFLA_INFO_DATA} for a create or change request.
     *
     * @param data   the settings to write; not null
     * @param writer where to append the attributes (they become the nest's content); not null
     */
    void encode(D data, MessageWriter writer);

    /**
     * Decodes {@code IFLA_INFO_SLAVE_DATA} of a port whose master is of this kind (a bridge
     * port's {@code IFLA_BRPORT_*}); null when the kind has no typed port data.
     *
     * @param slaveData a cursor over the nested attributes, before the first; valid only during the call
     * @return the typed port data, or null
     */
    default LinkData decodeSlave(AttributeCursor slaveData) {
        return null;
    }
}

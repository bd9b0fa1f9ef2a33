package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/** A codec registered only on the test class path, the way another module adds a kind. */
public final class TestKindCodec implements LinkKindCodec<TestKindCodec.Data> {
    static final String KIND = "jnltest";
    static final int ATTR_VALUE = 1;

    /** The test kind's data. */
    public record Data(int value) implements LinkData {
        @Override
        public String kind() {
            return KIND;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public Data decode(AttributeCursor data) {
        int value = -1;
        while (data.next()) {
            if (data.type() == ATTR_VALUE) {
                value = data.s32();
            }
        }
        return new Data(value);
    }

    @Override
    public void encode(Data data, MessageWriter writer) {
        writer.attrU32(ATTR_VALUE, data.value());
    }
}

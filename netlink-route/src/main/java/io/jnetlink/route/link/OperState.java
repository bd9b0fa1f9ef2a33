package io.jnetlink.route.link;

/**
 * RFC 2863 operational state of a link ({@code IFLA_OPERSTATE}, {@code IF_OPER_*} in
 * linux/if.h), in the kernel's numbering; {@code ip} prints the constant names.
 */
public enum OperState {
    /** {@code IF_OPER_UNKNOWN} (0): the driver does not report a state, as for ifb or loopback. */
    UNKNOWN,
    /** {@code IF_OPER_NOTPRESENT} (1). */
    NOTPRESENT,
    /** {@code IF_OPER_DOWN} (2). */
    DOWN,
    /** {@code IF_OPER_LOWERLAYERDOWN} (3): the link it stacks on is down. */
    LOWERLAYERDOWN,
    /** {@code IF_OPER_TESTING} (4). */
    TESTING,
    /** {@code IF_OPER_DORMANT} (5). */
    DORMANT,
    /** {@code IF_OPER_UP} (6). */
    UP;

    private static final OperState[] BY_CODE = values();

    /**
     * The state for {@code code}; codes the kernel may add later read as {@link #UNKNOWN}.
     *
     * @param code an {@code IF_OPER_*} number
     * @return the state; never null
     */
    public static OperState of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : UNKNOWN;
    }
}

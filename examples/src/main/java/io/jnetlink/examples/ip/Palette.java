package io.jnetlink.examples.ip;

/**
 * iproute2's {@code -c} colours: names cyan, MACs yellow, IPv4 magenta, IPv6 blue, operational
 * state UP green and DOWN red; the bold variants when {@code COLORFGBG} says the terminal
 * background is dark. Disabled, every method returns its text unchanged.
 */
public final class Palette {
    /** The kinds of value iproute2 colours. */
    public enum Kind {
        /** Interface names. */
        IFNAME,
        /** Link-layer addresses. */
        MAC,
        /** IPv4 addresses. */
        INET,
        /** IPv6 addresses. */
        INET6,
        /** Operational state UP. */
        OPERSTATE_UP,
        /** Operational state DOWN. */
        OPERSTATE_DOWN
    }

    private static final String CLEAR = "\033[0m";
    private static final String[] LIGHT = {"\033[36m", "\033[33m", "\033[35m", "\033[34m", "\033[32m", "\033[31m"};
    private static final String[] DARK = {"\033[1;36m", "\033[1;33m", "\033[1;35m", "\033[1;34m", "\033[1;32m", "\033[1;31m"};

    /** No colours. */
    public static final Palette NONE = new Palette(null);

    private final String[] codes;

    private Palette(String[] codes) {
        this.codes = codes;
    }

    /**
     * The palette {@code -c} selects: dark when the background colour in {@code COLORFGBG}
     * ({@code "fg;bg"}) is 0-6 or 8, as iproute2 decides.
     */
    public static Palette forBackground(String colorFgBg) {
        if (colorFgBg != null) {
            String background = colorFgBg.substring(colorFgBg.lastIndexOf(';') + 1);
            if (background.matches("[0-6]|8")) {
                return new Palette(DARK);
            }
        }
        return new Palette(LIGHT);
    }

    /** True unless this is {@link #NONE}. */
    public boolean enabled() {
        return codes != null;
    }

    /** {@code text} in the colour of {@code kind}. */
    public String paint(Kind kind, String text) {
        return codes == null ? text : codes[kind.ordinal()] + text + CLEAR;
    }
}

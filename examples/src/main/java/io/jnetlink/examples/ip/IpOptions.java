package io.jnetlink.examples.ip;

/**
 * The ip options that change output.
 *
 * @param details    {@code -d}: kind-specific details
 * @param oneline    {@code -o}: each record on one line, line breaks shown as {@code \}
 * @param palette    {@code -c}: colours, or {@link Palette#NONE}
 * @param family     {@code -4}/{@code -6}: 2 (AF_INET), 10 (AF_INET6) or 0 for any
 * @param statistics {@code -s}: how many times it was given (0 none, 1 counters, 2 and more error detail)
 * @param brief      {@code -br}: one short line per link
 */
public record IpOptions(boolean details, boolean oneline, Palette palette, int family, int statistics,
                        boolean brief) {

    /** Plain output: no details, multi-line, no colours, any family, no statistics, not brief. */
    public static IpOptions plain() {
        return new IpOptions(false, false, Palette.NONE, 0, 0, false);
    }

    /** What iproute2 prints where a record continues on the next line ({@code _SL_}). */
    public String lineBreak() {
        return oneline ? "\\" : "\n";
    }
}

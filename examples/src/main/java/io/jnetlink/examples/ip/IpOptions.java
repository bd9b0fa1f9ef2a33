package io.jnetlink.examples.ip;

/**
 * The ip options that change output.
 *
 * @param details    {@code -d}: kind-specific details
 * @param oneline    {@code -o}: each record on one line, line breaks shown as {@code \}
 * @param palette    {@code -c}: colours, or {@link Palette#NONE}
 * @param family     {@code -4}/{@code -6} or {@code -f inet|inet6}: 2 (AF_INET), 10 (AF_INET6) or 0 for any
 * @param statistics {@code -s}: how many times it was given (0 none, 1 counters, 2 and more error detail)
 * @param brief      {@code -br}: one short line per link
 * @param json       {@code -j}: JSON instead of text
 * @param pretty     {@code -p}: JSON indented
 * @param force      {@code -force}: a batch goes on after a failed line; an XDP detach replaces what is attached
 * @param all        {@code -all}: {@code ip -all netns delete} deletes every named namespace
 */
public record IpOptions(boolean details, boolean oneline, Palette palette, int family, int statistics,
                        boolean brief, boolean json, boolean pretty, boolean force, boolean all) {

    /** Output options alone: neither {@code -force} nor {@code -all}. */
    public IpOptions(boolean details, boolean oneline, Palette palette, int family, int statistics,
                     boolean brief, boolean json, boolean pretty) {
        this(details, oneline, palette, family, statistics, brief, json, pretty, false, false);
    }

    /** Plain output: no details, multi-line, no colours, any family, no statistics, text. */
    public static IpOptions plain() {
        return new IpOptions(false, false, Palette.NONE, 0, 0, false, false, false);
    }

    /** These options with {@code family} as if given with -4/-6. */
    public IpOptions withFamily(int family) {
        return new IpOptions(details, oneline, palette, family, statistics, brief, json, pretty, force, all);
    }

    /** A JSON writer for these options ({@code -p}: indented). */
    JsonWriter jsonWriter() {
        return new JsonWriter(pretty);
    }

    /** What iproute2 prints where a record continues on the next line ({@code _SL_}). */
    public String lineBreak() {
        return oneline ? "\\" : "\n";
    }
}

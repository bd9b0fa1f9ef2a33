package io.jnetlink.examples.ip;

import io.jnetlink.examples.ip.link.LinkWords;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A number-to-name table as iproute2 reads it from {@code /etc/iproute2/NAME} and
 * {@code NAME.d/*.conf} ({@code rt_tables}, {@code rt_protos}): lines {@code NUMBER NAME},
 * {@code #} comments. Without the files, iproute2's built-in names.
 */
public final class NameTable {
    private static final Path CONFIG_DIR = Path.of("/etc/iproute2");

    /** Routing table names. */
    public static final NameTable TABLES = load("rt_tables", Map.of(0L, "unspec", 253L, "default", 254L, "main", 255L, "local"));
    /** Routing protocol names. */
    static final NameTable PROTOCOLS = load("rt_protos", Map.of(0L, "unspec", 1L, "redirect", 2L, "kernel",
            3L, "boot", 4L, "static", 8L, "gated", 9L, "ra", 10L, "mrt", 11L, "zebra", 12L, "bird"));

    /** DiffServ field ({@code tos}) names; ip has none built in. */
    static final NameTable DSFIELDS = load("rt_dsfield", Map.of());
    /** Routing realm names. */
    static final NameTable REALMS = load("rt_realms", Map.of(0L, "unknown"));

    /** Link group names. */
    static final NameTable GROUPS = load("group", Map.of(0L, "default"));

    private final Map<Long, String> names;

    private NameTable(Map<Long, String> names) {
        this.names = names;
    }

    /** The name of {@code number}, or the number itself. */
    String name(long number) {
        String name = names.get(number);
        return name != null ? name : Long.toString(number);
    }

    /** The name of {@code number}, or {@code otherwise} when the table has none. */
    String name(long number, String otherwise) {
        return names.getOrDefault(number, otherwise);
    }

    /**
     * The number named {@code name}, or written as a 32-bit number as C's {@code strtoul} base 0
     * reads it (decimal, {@code 0x} hex, {@code 0} octal), as iproute2 reads a table; else -1.
     */
    public long number(String name) {
        for (Map.Entry<Long, String> entry : names.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return LinkWords.parseC(name, 0xffffffffL);
    }

    /**
     * The number named {@code value}, else {@link #numeric(String, long)}; -1 when neither.
     * iproute2's {@code rtnl_rttable_a2n}, {@code rtnl_rtprot_a2n}, {@code rtnl_rtrealm_a2n}.
     */
    long parse(String value, long max) {
        for (Map.Entry<Long, String> entry : names.entrySet()) {
            if (entry.getValue().equals(value)) {
                return entry.getKey();
            }
        }
        return numeric(value, max);
    }

    /**
     * {@code value} as C's {@code strtoul(value, &end, 0)} reads a whole word (decimal, {@code 0x}
     * hex, {@code 0} octal) when at most {@code max}; -1 otherwise.
     */
    static long numeric(String value, long max) {
        return LinkWords.parseC(value, max);
    }

    /**
     * A DiffServ field ({@code tos}) as {@code rtnl_dsfield_a2n} reads it: an {@code rt_dsfield}
     * name, else a number in hex ({@code 0x} optional) up to 255.
     *
     * @param value the word given
     * @return the field, or -1 when {@code value} is neither
     */
    public static int dsfield(String value) {
        long named = DSFIELDS.number(value);
        if (named >= 0 && value.equals(DSFIELDS.name(named, null))) {
            return (int) named;
        }
        try {
            long number = Long.parseLong(value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value,
                    16);
            return number >= 0 && number <= 0xff ? (int) number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static NameTable load(String file, Map<Long, String> builtIn) {
        Map<Long, String> names = new HashMap<>();
        boolean found = read(CONFIG_DIR.resolve(file), names);
        Path dropIns = CONFIG_DIR.resolve(file + ".d");
        if (Files.isDirectory(dropIns)) {
            try (DirectoryStream<Path> confs = Files.newDirectoryStream(dropIns, "*.conf")) {
                for (Path conf : confs) {
                    read(conf, names);
                }
            } catch (IOException e) {
                // Unreadable drop-ins: ip ignores them too.
            }
        }
        if (!found) {
            builtIn.forEach(names::putIfAbsent);
        }
        return new NameTable(Map.copyOf(names));
    }

    private static boolean read(Path file, Map<Long, String> into) {
        try {
            for (String line : Files.readAllLines(file)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length >= 2) {
                    try {
                        into.put(Long.decode(parts[0]), parts[1]);
                    } catch (NumberFormatException e) {
                        // Not a "number name" line: ip skips it as well.
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

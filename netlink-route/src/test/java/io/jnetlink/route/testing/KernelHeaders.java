package io.jnetlink.route.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers the installed kernel headers ({@code /usr/include/linux}) give an attribute enum, to
 * check a table's rows against: each row's number must be the header's for its name. Skips (JUnit
 * assumption) where the headers are not installed.
 */
public final class KernelHeaders {
    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Z][A-Z0-9_]*)\\s*(?:=\\s*([0-9]+|[A-Z][A-Z0-9_]*))?\\s*,?");

    private KernelHeaders() {
    }

    /**
     * The members of the anonymous {@code enum} of {@code header} whose first member is
     * {@code first}, with their values ({@code #define} and comment lines inside it skipped).
     *
     * @param header a header under {@code /usr/include/linux}, such as {@code if_addr.h}
     * @param first  the enum's first member, such as {@code IFA_UNSPEC}
     * @return name to value, in declaration order
     */
    public static Map<String, Integer> enumValues(String header, String first) {
        Path file = Path.of("/usr/include/linux", header);
        assumeTrue(Files.isReadable(file), file + " is not installed");
        Map<String, Integer> values = new LinkedHashMap<>();
        try {
            boolean inside = false;
            int next = 0;
            for (String line : Files.readAllLines(file)) {
                String code = line.replaceAll("/\\*.*?\\*/", "").replaceAll("//.*", "");
                if (!inside) {
                    inside = code.trim().equals(first + ",") || code.trim().startsWith(first + " ")
                            || code.trim().startsWith(first + ",");
                    if (!inside) {
                        continue;
                    }
                }
                if (code.contains("}")) {
                    break;
                }
                if (code.trim().startsWith("#")) {
                    continue;
                }
                Matcher m = ENTRY.matcher(code);
                if (m.find()) {
                    String given = m.group(2);
                    // An alias (IFLA_TARGET_NETNSID = IFLA_IF_NETNSID) takes the value of the name it repeats.
                    next = given == null ? next : Character.isDigit(given.charAt(0)) ? Integer.parseInt(given)
                            : values.get(given);
                    values.put(m.group(1), next++);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /**
     * Asserts that every row of {@code set} has the number {@code header} gives its name, and
     * returns the members of the header's enum that the set has no row for.
     *
     * @param set    the table
     * @param header the header declaring its enum
     * @param first  the enum's first member
     * @return the header's names the table lacks (the {@code _UNSPEC} and {@code __*_MAX} ones excluded)
     */
    public static java.util.List<String> assertRowsMatch(AttributeSet set, String header, String first) {
        Map<String, Integer> values = enumValues(header, first);
        for (Attribute<?> row : set.attributes()) {
            assertEquals(values.get(row.name()), row.type(), row.name() + " in " + header);
        }
        return values.keySet().stream().filter(name -> !name.equals(first) && !name.startsWith("__"))
                .filter(name -> set.attributes().stream().noneMatch(row -> row.name().equals(name))).toList();
    }
}

package io.jnetlink.examples.ip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** IP protocol numbers and their names in {@code /etc/protocols}, as iproute2 reads and writes them. */
final class IpProtocols {
    private static final Path PROTOCOLS = Path.of("/etc/protocols");

    private IpProtocols() {
    }

    /**
     * A protocol by decimal number or by its name or alias ({@code inet_proto_a2n}); otherwise ip's
     * {@code Invalid "ipproto" value}.
     */
    static int number(String value) {
        if (value.matches("[0-9]{1,3}") && Integer.parseInt(value) <= 255) {
            return Integer.parseInt(value);
        }
        for (String[] words : entries()) {
            if (words[0].equals(value) || List.of(words).subList(2, words.length).contains(value)) {
                try {
                    return Integer.parseInt(words[1]);
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        throw RouteSelector.invalid(value, "Invalid \"ipproto\" value\n");
    }

    /** The name of protocol {@code number}, or {@code ipproto-N} when none ({@code inet_proto_n2a}). */
    static String name(int number) {
        String digits = Integer.toString(number);
        for (String[] words : entries()) {
            if (words[1].equals(digits)) {
                return words[0];
            }
        }
        return "ipproto-" + number;
    }

    /** The entries of {@code /etc/protocols}: name, number, aliases; none when the file is unreadable. */
    private static List<String[]> entries() {
        try {
            return Files.readAllLines(PROTOCOLS).stream().map(line -> line.replaceFirst("#.*", "").trim().split("\\s+"))
                    .filter(words -> words.length >= 2).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package io.jnetlink.examples.ip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * User and group names by numeric id, as ip shows a tun device's owner, and ids by name, as
 * {@code ip tuntap add user NAME} finds them: read from
 * {@code /etc/passwd} and {@code /etc/group} (the local account files that {@code getpwuid} and
 * {@code getgrgid} consult first), without shelling out.
 */
final class Accounts {
    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final Path GROUP = Path.of("/etc/group");

    private Accounts() {
    }

    /** The name of user {@code uid}, or null when the account files do not know it. */
    static String userName(long uid) {
        return nameOf(PASSWD, uid);
    }

    /** The name of group {@code gid}, or null when the account files do not know it. */
    static String groupName(long gid) {
        return nameOf(GROUP, gid);
    }

    /** The id of user {@code name} (as {@code getpwnam} finds it), or null when the account files do not know it. */
    static Long userId(String name) {
        return idOf(PASSWD, name);
    }

    /** The id of group {@code name} (as {@code getgrnam} finds it), or null when the account files do not know it. */
    static Long groupId(String name) {
        return idOf(GROUP, name);
    }

    /** The third field, as a number, of the first line whose first field is {@code name}. */
    private static Long idOf(Path file, String name) {
        for (String[] fields : entries(file)) {
            if (fields[0].equals(name)) {
                try {
                    return Long.parseLong(fields[2]);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The first field of the line whose third field (the id, in both files) is {@code id}. */
    private static String nameOf(Path file, long id) {
        for (String[] fields : entries(file)) {
            if (fields[2].equals(Long.toString(id))) {
                return fields[0];
            }
        }
        return null;
    }

    /** The lines of an account file with at least three fields, split at ':'; none when it cannot be read. */
    private static List<String[]> entries(Path file) {
        List<String[]> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", 4);
                if (fields.length >= 3) {
                    entries.add(fields);
                }
            }
        } catch (IOException e) {
            return List.of(); // no account file: ip shows numbers and finds no names then, as do we
        }
        return entries;
    }
}

package io.jnetlink.examples.ip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * User and group names by numeric id, as ip shows a tun device's owner: read from
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

    /** The first field of the line whose third field (the id, in both files) is {@code id}. */
    private static String nameOf(Path file, long id) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", 4);
                if (fields.length >= 3 && fields[2].equals(Long.toString(id))) {
                    return fields[0];
                }
            }
        } catch (IOException e) {
            return null; // no account file: ip shows the number then, as do we
        }
        return null;
    }
}

package io.jnetlink.vxlan.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where {@link Topology#discover} looks for namespaces: directories of bound namespace files,
 * single namespace files, single processes, and optionally every process in {@code /proc}.
 * Sources are read in that order; a namespace reached twice keeps the first name it was found
 * under, so a named namespace is never shown as {@code pid:N}.
 *
 * @param directories    directories whose every entry is a namespace file ({@code /run/netns})
 * @param files          single namespace files, named by their file name
 * @param pids           processes whose namespace is included, named {@code pid:PID}
 * @param allProcesses   whether every process in {@code /proc} is scanned as well
 */
public record TopologyOptions(List<Path> directories, List<Path> files, List<Integer> pids,
                              boolean allProcesses) {
    /** Where {@code ip netns} keeps named namespaces. */
    public static final Path NAMED_DIR = Path.of("/run/netns");
    /** Where Docker binds its containers' and networks' namespaces. */
    public static final Path DOCKER_DIR = Path.of("/var/run/docker/netns");

    /**
     * Copies the lists and rejects non-positive pids before anything is opened.
     *
     * @param directories    directories whose every entry is a namespace file ({@code /run/netns})
     * @param files          single namespace files, named by their file name
     * @param pids           processes whose namespace is included, named {@code pid:PID}
     * @param allProcesses   whether every process in {@code /proc} is scanned as well
     */
    public TopologyOptions {
        directories = List.copyOf(directories);
        files = List.copyOf(files);
        pids = List.copyOf(pids);
        for (int pid : pids) {
            if (pid <= 0) {
                throw new IllegalArgumentException("pid must be positive: " + pid);
            }
        }
    }

    /**
     * The whole host: named and Docker namespaces, then those only processes hold.
     *
     * @return options scanning the whole host
     */
    public static TopologyOptions host() {
        return new TopologyOptions(List.of(NAMED_DIR, DOCKER_DIR), List.of(), List.of(), true);
    }

    /**
     * {@link #host()} plus the namespace files in {@code extraDirectories}.
     *
     * @param extraDirectories more directories of namespace files; not null
     * @return the options
     */
    public static TopologyOptions host(List<Path> extraDirectories) {
        List<Path> dirs = new ArrayList<>(List.of(NAMED_DIR, DOCKER_DIR));
        dirs.addAll(extraDirectories);
        return new TopologyOptions(dirs, List.of(), List.of(), true);
    }

    /**
     * Exactly the given namespace files and processes, nothing scanned (tests, focused views).
     *
     * @param files namespace files to read; not null
     * @param pids  processes whose namespaces to read; not null
     * @return the options
     */
    public static TopologyOptions only(List<Path> files, List<Integer> pids) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(pids, "pids");
        return new TopologyOptions(List.of(), files, pids, false);
    }
}

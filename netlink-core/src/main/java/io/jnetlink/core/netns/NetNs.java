package io.jnetlink.core.netns;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.internal.Syscalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A handle on a network namespace: an open descriptor of a namespace file, so the namespace
 * stays alive and identifiable (by {@link #inode()}) while the handle is open.
 *
 * <p>Handles come from the calling thread's namespace ({@link #current()}), a name in
 * {@code /run/netns} ({@link #named(String)}), any namespace file such as Docker's
 * {@code /var/run/docker/netns/<id>} ({@link #open(Path)}), or a process ({@link #ofPid(int)}).
 * {@link #create(String)} and {@link #delete(String)} do what {@code ip netns add/del} do.
 *
 * <p>{@code setns} changes only the calling OS thread, so nothing here ever switches the
 * caller's thread: {@link #openSocket(int)} and {@link #call(Callable)} run on a fresh platform
 * thread that enters the namespace and then ends. A netlink socket stays in the namespace it was
 * created in, so the socket returned can be used from any thread. For many tasks inside one
 * namespace use a {@link NetNsExecutor}.
 */
public final class NetNs implements AutoCloseable {
    /** Where {@code ip netns} keeps named namespaces. */
    public static final Path DEFAULT_DIR = Path.of("/run/netns");

    private static final Path THREAD_SELF = Path.of("/proc/thread-self/ns/net");

    private final String name;
    private final Path path;
    private final int fd;
    private final long inode;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NetNs(String name, Path path) {
        this.name = name;
        this.path = path;
        this.fd = Syscalls.open(path.toString(), Syscalls.O_RDONLY | Syscalls.O_CLOEXEC);
        try {
            this.inode = inodeOf(Path.of("/proc/self/fd/" + fd));
        } catch (RuntimeException e) {
            Syscalls.close(fd);
            throw e;
        }
    }

    /**
     * The network namespace of the calling thread.
     *
     * @return a handle on {@code /proc/thread-self/ns/net}, with a null {@link #name()}
     */
    public static NetNs current() {
        return new NetNs(null, THREAD_SELF);
    }

    /**
     * The namespace {@code ip netns} knows as {@code name} ({@code /run/netns/NAME}).
     *
     * @param name a namespace name: 1 to 255 characters, no {@code /} or NUL, not {@code .} or
     *             {@code ..}; not null
     * @return an open handle; close it when done
     * @throws IllegalArgumentException for a name that cannot be a namespace name
     * @throws NetlinkException         ENOENT when there is no such namespace
     */
    public static NetNs named(String name) {
        return new NetNs(checkName(name), DEFAULT_DIR.resolve(name));
    }

    /**
     * The namespace bound at {@code path}, such as {@code /var/run/docker/netns/1-abcdef}.
     *
     * @param path a namespace file (a bind mount or {@code /proc/PID/ns/net}); not null
     * @return an open handle named after the file; close it when done
     * @throws NetlinkException when the file cannot be opened
     */
    public static NetNs open(Path path) {
        Objects.requireNonNull(path, "path");
        return new NetNs(path.getFileName() == null ? path.toString() : path.getFileName().toString(), path);
    }

    /**
     * The namespace of process {@code pid} ({@code /proc/PID/ns/net}).
     *
     * @param pid a process id, greater than 0
     * @return an open handle named {@code pid:PID}; close it when done
     * @throws IllegalArgumentException when {@code pid} is 0 or negative
     * @throws NetlinkException         when there is no such process or its namespace cannot be opened
     */
    public static NetNs ofPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        return new NetNs("pid:" + pid, Path.of("/proc", Integer.toString(pid), "ns", "net"));
    }

    /**
     * Creates a new, empty network namespace named {@code name} as {@code ip netns add} does: a
     * file in {@code /run/netns} (made a shared mount point first) with the namespace bind-mounted
     * on it, so {@code ip netns exec} and {@code ip netns list} see it.
     *
     * @param name a namespace name: 1 to 255 characters, no {@code /} or NUL, not {@code .} or
     *             {@code ..}; not null
     * @return a handle on the new namespace
     * @throws NetlinkException EEXIST when the name is taken, or the failing system call
     */
    public static NetNs create(String name) {
        checkName(name);
        Path file = DEFAULT_DIR.resolve(name);
        prepareRunDir();
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new NetlinkException("netns add " + name, 17);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create namespace file " + file, e);
        }
        try {
            onFreshThread(() -> {
                Syscalls.unshare(Syscalls.CLONE_NEWNET);
                Syscalls.mount(THREAD_SELF.toString(), file.toString(), "none", Syscalls.MS_BIND);
                return null;
            });
            return new NetNs(name, file);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /**
     * Deletes the named namespace as {@code ip netns del} does: detaches its bind mount and
     * removes the file (a file with nothing mounted on it is removed too). Processes and handles
     * still inside keep the namespace alive.
     *
     * @param name a namespace name: 1 to 255 characters, no {@code /} or NUL, not {@code .} or
     *             {@code ..}; not null
     * @throws NetlinkException ENOENT when there is no such namespace
     */
    public static void delete(String name) {
        Path file = DEFAULT_DIR.resolve(checkName(name));
        if (!Files.exists(file)) {
            throw new NetlinkException("netns delete " + name, 2);
        }
        try {
            Syscalls.umount2(file.toString(), Syscalls.MNT_DETACH);
        } catch (NetlinkException e) {
            // A file nothing is mounted on (left by an add that failed, or made in another mount
            // namespace) goes all the same, as with ip.
            if (e.errnoNumber() != Syscalls.EINVAL) {
                throw e;
            }
        }
        deleteQuietly(file);
    }

    /**
     * The named namespaces, as {@code ip netns list} finds them.
     *
     * @return the names in {@code /run/netns}, in directory order; empty when there are none
     */
    public static List<String> list() {
        return list(DEFAULT_DIR);
    }

    /**
     * Names of the namespace files in {@code dir} (Docker keeps its own in
     * {@code /var/run/docker/netns}).
     *
     * @param dir the directory to read; not null
     * @return the file names in directory order; empty when the directory is missing
     * @throws java.io.UncheckedIOException when the directory exists but cannot be read
     */
    public static List<String> list(Path dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return names;
    }

    /**
     * The inode of a namespace file ({@code /proc/PID/ns/net}, {@code /run/netns/NAME}): two
     * files name the same namespace exactly when their inodes are equal.
     *
     * @param namespaceFile a namespace file; not null
     * @return its inode number
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static long inodeOf(Path namespaceFile) {
        try {
            return ((Number) Files.getAttribute(namespaceFile, "unix:ino")).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + namespaceFile, e);
        }
    }

    /**
     * The identity of the calling thread's network namespace.
     *
     * @return the inode number of {@code /proc/thread-self/ns/net}
     */
    public static long currentInode() {
        return inodeOf(THREAD_SELF);
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 255 || name.indexOf('/') >= 0 || name.equals(".")
                || name.equals("..") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid namespace name \"" + name + "\"");
        }
        return name;
    }

    private static void prepareRunDir() {
        try {
            Files.createDirectories(DEFAULT_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + DEFAULT_DIR, e);
        }
        // As ip does: make the directory a shared mount point so namespace mounts made here
        // propagate to other mount namespaces; bind it onto itself first if it is no mount point.
        String dir = DEFAULT_DIR.toString();
        if (Syscalls.tryMount("", dir, "none", Syscalls.MS_SHARED | Syscalls.MS_REC) == Syscalls.EINVAL) {
            Syscalls.mount(dir, dir, "none", Syscalls.MS_BIND | Syscalls.MS_REC);
            Syscalls.mount("", dir, "none", Syscalls.MS_SHARED | Syscalls.MS_REC);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The mount is gone already; a leftover empty file is harmless and ip ignores it too.
        }
    }

    /**
     * Runs {@code task} on a new platform thread that ends afterwards, so whatever namespace the
     * task switches that thread to never leaks into other work.
     */
    static <T> T onFreshThread(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "jnetlink-netns");
        thread.setDaemon(true);
        thread.start();
        return await(result);
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a namespace task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("namespace task failed: " + cause, cause);
        }
    }

    /** Moves the calling thread into this namespace. Only for threads this package owns. */
    void enter() {
        ensureOpen();
        Syscalls.setns(fd, Syscalls.CLONE_NEWNET);
    }

    /**
     * Runs {@code task} inside this namespace on a fresh platform thread and returns its result;
     * the caller's thread stays where it is.
     *
     * @param <T>  the task's result type
     * @param task the work to run inside; not null
     * @return what {@code task} returned, possibly null
     */
    public <T> T call(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        ensureOpen();
        return onFreshThread(() -> {
            enter();
            return task.call();
        });
    }

    /**
     * Opens a netlink socket inside this namespace with the default configuration.
     *
     * @param protocol the netlink protocol number, such as {@link io.jnetlink.core.NetlinkProtocol#ROUTE}
     * @return an open socket bound to this namespace; close it when done
     */
    public NetlinkSocket openSocket(int protocol) {
        return openSocket(protocol, NetlinkSocket.Config.defaults());
    }

    /**
     * Opens a netlink socket inside this namespace. The socket is created on a thread inside the
     * namespace (or on the calling thread when it is already there) and stays bound to it; use
     * it from any thread.
     *
     * @param protocol the netlink protocol number, such as {@link io.jnetlink.core.NetlinkProtocol#ROUTE}
     * @param config   buffer sizes and socket options; not null
     * @return an open socket bound to this namespace; close it when done
     */
    public NetlinkSocket openSocket(int protocol, NetlinkSocket.Config config) {
        ensureOpen();
        if (currentInode() == inode) { // already here: no thread, no setns
            return NetlinkSocket.open(protocol, config);
        }
        return call(() -> NetlinkSocket.open(protocol, config));
    }

    /**
     * The name this handle was opened by.
     *
     * @return the {@code ip netns} name, the file name or {@code pid:N}; null for {@link #current()}
     */
    public String name() {
        return name;
    }

    /**
     * The file this handle was opened from.
     *
     * @return the namespace file; never null
     */
    public Path path() {
        return path;
    }

    /**
     * The open descriptor of the namespace file, for requests that name a namespace by
     * descriptor ({@code NETNSA_FD}, {@code IFLA_NET_NS_FD}). Valid while this handle is open.
     *
     * @return the file descriptor
     * @throws IllegalStateException when this handle is closed
     */
    public int fd() {
        ensureOpen();
        return fd;
    }

    /**
     * The namespace's identity on this host, as {@link #inodeOf(Path)} gives it.
     *
     * @return the inode number
     */
    public long inode() {
        return inode;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("namespace handle is closed");
        }
    }

    /** Closes the descriptor; the namespace itself lives on while anything else holds it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Syscalls.close(fd);
        }
    }

    @Override
    public String toString() {
        return "NetNs[" + (name == null ? "current" : name) + ", inode " + inode + "]";
    }
}

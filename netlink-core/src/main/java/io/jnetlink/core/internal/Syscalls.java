package io.jnetlink.core.internal;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.internal.libc.LibC;
import io.netty.buffer.ByteBuf;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * Thin checked wrappers over {@link LibC}: errno is read right after each call, EINTR is
 * retried, and a failure becomes a {@link NetlinkException} naming the call. This is the only
 * class that touches jnr-ffi; everything above it deals in ints, longs and Strings.
 */
public final class Syscalls {
    public static final int AF_NETLINK = 16;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_RCVBUF = 8;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUFFORCE = 33;
    public static final int SOL_NETLINK = 270;
    public static final int MSG_PEEK = 0x2;
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;
    public static final int CLONE_NEWNET = 0x40000000;
    public static final int CLONE_NEWNS = 0x00020000;
    public static final long MS_BIND = 4096;
    public static final long MS_REC = 16384;
    public static final long MS_SLAVE = 1 << 19;
    public static final long MS_SHARED = 1 << 20;
    public static final int MNT_DETACH = 2;
    public static final short POLLIN = 1;

    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int EINVAL = 22;
    public static final int ENOBUFS = 105;

    private static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    private static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Syscalls() {
    }

    /**
     * The native address of a direct buffer's first byte: netty's own when it has one, else (netty
     * running without {@code sun.misc.Unsafe}, as the CLI runs it on Java 24 and later to keep
     * stderr quiet) the JNI address of the same memory, which a direct buffer never moves.
     *
     * @param buf a direct buffer
     * @return the address of its index 0
     * @throws IllegalArgumentException for a heap buffer
     */
    public static long address(ByteBuf buf) {
        if (buf.hasMemoryAddress()) {
            return buf.memoryAddress();
        }
        if (!buf.isDirect() || buf.nioBufferCount() != 1) {
            throw new IllegalArgumentException("netlink I/O needs a direct buffer of one piece, not " + buf);
        }
        return jnr.ffi.Pointer.wrap(RUNTIME, buf.nioBuffer(0, buf.capacity())).address();
    }

    private static int errno() {
        return RUNTIME.getLastError();
    }

    private static int check(String call, int rc) {
        if (rc < 0) {
            throw new NetlinkException(call, errno());
        }
        return rc;
    }

    public static int socket(int domain, int type, int protocol) {
        return check("socket", LIBC.socket(domain, type, protocol));
    }

    public static void bind(int fd, long addr, int len) {
        check("bind", LIBC.bind(fd, addr, len));
    }

    public static void getsockname(int fd, long addr, long lenPtr) {
        check("getsockname", LIBC.getsockname(fd, addr, lenPtr));
    }

    /** Sets an option; returns the errno on failure instead of throwing (0 on success). */
    public static int trySetsockopt(int fd, int level, int name, long val, int len) {
        return LIBC.setsockopt(fd, level, name, val, len) < 0 ? errno() : 0;
    }

    public static void setsockopt(int fd, int level, int name, long val, int len) {
        check("setsockopt", LIBC.setsockopt(fd, level, name, val, len));
    }

    public static void getsockopt(int fd, int level, int name, long val, long lenPtr) {
        check("getsockopt", LIBC.getsockopt(fd, level, name, val, lenPtr));
    }

    /** sendmsg, retried on EINTR; returns the bytes sent. */
    public static long sendmsg(int fd, long msghdr) {
        while (true) {
            long n = LIBC.sendmsg(fd, msghdr, 0);
            if (n >= 0) {
                return n;
            }
            int err = errno();
            if (err != EINTR) {
                throw new NetlinkException("sendmsg", err);
            }
        }
    }

    /**
     * recvmsg, retried on EINTR. Returns the datagram length (with MSG_TRUNC the full length
     * even when larger than the buffer), or {@code -errno} for EAGAIN and ENOBUFS, which callers
     * treat as conditions rather than failures.
     */
    public static long recvmsg(int fd, long msghdr, int flags) {
        while (true) {
            long n = LIBC.recvmsg(fd, msghdr, flags);
            if (n >= 0) {
                return n;
            }
            int err = errno();
            if (err == EAGAIN || err == ENOBUFS) {
                return -err;
            }
            if (err != EINTR) {
                throw new NetlinkException("recvmsg", err);
            }
        }
    }

    /** Polls one descriptor for input; returns true when readable before the timeout. */
    public static boolean pollIn(int fd, long pollfd, int timeoutMillis) {
        while (true) {
            int n = LIBC.poll(pollfd, 1, timeoutMillis);
            if (n >= 0) {
                return n > 0;
            }
            int err = errno();
            if (err != EINTR) {
                throw new NetlinkException("poll", err);
            }
        }
    }

    public static void close(int fd) {
        // Never retry close on EINTR: on Linux the descriptor is already released.
        LIBC.close(fd);
    }

    public static void setns(int fd, int nstype) {
        check("setns", LIBC.setns(fd, nstype));
    }

    public static void unshare(int flags) {
        check("unshare", LIBC.unshare(flags));
    }

    public static int open(String path, int flags) {
        while (true) {
            int fd = LIBC.open(path, flags, 0);
            if (fd >= 0) {
                return fd;
            }
            int err = errno();
            if (err != EINTR) {
                throw new NetlinkException("open " + path, err);
            }
        }
    }

    public static void mount(String source, String target, String fstype, long flags) {
        check("mount " + target, LIBC.mount(source, target, fstype, flags, null));
    }

    /** mount that reports errno instead of throwing (0 on success). */
    public static int tryMount(String source, String target, String fstype, long flags) {
        return LIBC.mount(source, target, fstype, flags, null) < 0 ? errno() : 0;
    }

    public static void umount2(String target, int flags) {
        check("umount2 " + target, LIBC.umount2(target, flags));
    }

    /**
     * ioctl with an integer or address argument, retried on EINTR; a failure is a
     * {@link NetlinkException} whose operation is {@code call} (such as {@code ioctl(TUNSETIFF)}).
     */
    public static int ioctl(String call, int fd, long request, long arg) {
        while (true) {
            int rc = LIBC.ioctl(fd, request, arg);
            if (rc >= 0) {
                return rc;
            }
            int err = errno();
            if (err != EINTR) {
                throw new NetlinkException(call, err);
            }
        }
    }

    public static int gettid() {
        return LIBC.gettid();
    }

    public static String strerror(int errno) {
        return LIBC.strerror(errno);
    }
}

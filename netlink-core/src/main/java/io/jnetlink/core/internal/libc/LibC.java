package io.jnetlink.core.internal.libc;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;
import jnr.ffi.types.ssize_t;

/**
 * The libc calls this library makes, bound by jnr-ffi. Buffers are passed as raw addresses
 * ({@code intptr_t}) of native memory owned by the caller so no call copies or allocates.
 * Only {@link io.jnetlink.core.internal.Syscalls} uses this interface.
 */
@SaveError
public interface LibC {
    int socket(int domain, int type, int protocol);

    int bind(int fd, @intptr_t long addr, int addrlen);

    int getsockname(int fd, @intptr_t long addr, @intptr_t long addrlen);

    int setsockopt(int fd, int level, int optname, @intptr_t long optval, int optlen);

    int getsockopt(int fd, int level, int optname, @intptr_t long optval, @intptr_t long optlen);

    @ssize_t long sendmsg(int fd, @intptr_t long msghdr, int flags);

    @ssize_t long recvmsg(int fd, @intptr_t long msghdr, int flags);

    int poll(@intptr_t long fds, long nfds, int timeout);

    int close(int fd);

    int setns(int fd, int nstype);

    int unshare(int flags);

    int open(String path, int flags, int mode);

    int mount(String source, String target, String fstype, long flags, Pointer data);

    int umount2(String target, int flags);

    int ioctl(int fd, long request, @intptr_t long arg);

    int gettid();

    String strerror(int errnum);
}

package io.jnetlink.core;

import io.jnetlink.core.internal.Syscalls;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHdr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * An {@code AF_NETLINK} socket for one protocol, bound to a port id the kernel assigns.
 *
 * <p>Requests are executed one at a time (the socket may be shared between threads; callers
 * queue on an internal lock). Replies are received straight into one reusable direct buffer,
 * sized by peeking ({@code MSG_PEEK | MSG_TRUNC}) so no message is ever truncated, and handed to
 * a {@link MessageHandler} as a cursor over that buffer: nothing is copied. Only messages sent by
 * the kernel (port 0) with this request's sequence number and this socket's port id are
 * delivered.
 *
 * <p>A socket belongs to the network namespace it was created in, whichever thread uses it
 * later; see {@link io.jnetlink.core.netns.NetNs#openSocket(int)}.
 */
public final class NetlinkSocket implements AutoCloseable {
    private static final int NETLINK_ADD_MEMBERSHIP = 1;
    private static final int NETLINK_DROP_MEMBERSHIP = 2;
    private static final int NETLINK_CAP_ACK = 10;
    private static final int NETLINK_EXT_ACK = 11;
    private static final int NETLINK_GET_STRICT_CHK = 12;
    private static final int MIN_RECEIVE_BUFFER = 32 * 1024;
    private static final int POLL_SLICE_MILLIS = 50;

    // Scratch layout: sockaddr_nl (12 bytes), socklen_t, struct pollfd, an int option and its
    // length, struct iovec (16 bytes), struct msghdr (56 bytes), all on x86-64/aarch64 LP64.
    private static final int SCRATCH_SIZE = 128;
    private static final int SCRATCH_ADDR = 0;
    private static final int SOCKADDR_NL_SIZE = 12;
    private static final int SCRATCH_ADDRLEN = 12;
    private static final int SCRATCH_POLLFD = 16;
    private static final int SCRATCH_OPTVAL = 24;
    private static final int SCRATCH_OPTLEN = 28;
    private static final int SCRATCH_IOVEC = 32;
    private static final int SCRATCH_MSGHDR = 48;
    // struct msghdr { void *name; socklen_t namelen; struct iovec *iov; size_t iovlen;
    //                 void *control; size_t controllen; int flags; }
    private static final int MSGHDR_NAME = 0;
    private static final int MSGHDR_NAMELEN = 8;
    private static final int MSGHDR_IOV = 16;
    private static final int MSGHDR_IOVLEN = 24;
    private static final int MSGHDR_SIZE = 56;

    private final int protocol;
    private final int fd;
    private final int portId;
    private final Config config;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ByteBuf scratch;
    private final long scratchAddress;
    private final MessageCursor replies = new MessageCursor();
    private final AttributeCursor ackAttributes = new AttributeCursor();
    private ByteBuf receiveBuffer;
    private long receiveAddress;
    private int sequence;

    private NetlinkSocket(int protocol, Config config) {
        this.protocol = protocol;
        this.config = config;
        this.scratch = directBuffer(SCRATCH_SIZE);
        this.scratchAddress = Syscalls.address(scratch);
        this.receiveBuffer = directBuffer(MIN_RECEIVE_BUFFER);
        this.receiveAddress = Syscalls.address(receiveBuffer);
        int socket;
        try {
            socket = Syscalls.socket(Syscalls.AF_NETLINK, Syscalls.SOCK_RAW | Syscalls.SOCK_CLOEXEC, protocol);
        } catch (RuntimeException e) {
            scratch.release();
            receiveBuffer.release();
            throw e;
        }
        this.fd = socket;
        try {
            setReceiveBufferSize(config.receiveBufferSize);
            // Best effort: kernels without these options still work, with plainer errors.
            setIntOption(Syscalls.SOL_NETLINK, NETLINK_EXT_ACK, 1, false);
            setIntOption(Syscalls.SOL_NETLINK, NETLINK_CAP_ACK, 1, false);
            if (config.strictCheck) {
                setIntOption(Syscalls.SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1, true);
            }
            scratch.setZero(0, scratch.capacity());
            HostOrder.setU16(scratch, SCRATCH_ADDR, Syscalls.AF_NETLINK);
            Syscalls.bind(fd, scratchAddress + SCRATCH_ADDR, SOCKADDR_NL_SIZE);
            HostOrder.setU32(scratch, SCRATCH_ADDRLEN, SOCKADDR_NL_SIZE);
            Syscalls.getsockname(fd, scratchAddress + SCRATCH_ADDR, scratchAddress + SCRATCH_ADDRLEN);
            this.portId = HostOrder.s32(scratch, SCRATCH_ADDR + 4);
        } catch (RuntimeException e) {
            Syscalls.close(fd);
            scratch.release();
            receiveBuffer.release();
            throw e;
        }
        this.sequence = (int) TimeUnit.NANOSECONDS.toSeconds(System.nanoTime());
    }

    /**
     * Opens a socket for {@code protocol} (see {@link NetlinkProtocol}) with the default {@link Config}.
     *
     * @param protocol the netlink protocol number, such as {@link NetlinkProtocol#ROUTE}
     * @return an open socket bound to a kernel-assigned port; close it when done
     */
    public static NetlinkSocket open(int protocol) {
        return open(protocol, Config.defaults());
    }

    /**
     * Opens a socket for {@code protocol} in the calling thread's network namespace.
     *
     * @param protocol the netlink protocol number, such as {@link NetlinkProtocol#ROUTE}
     * @param config   buffer sizes and socket options; not null
     * @return an open socket bound to a kernel-assigned port; close it when done
     * @throws NetlinkException if the kernel refuses the socket
     */
    public static NetlinkSocket open(int protocol, Config config) {
        Objects.requireNonNull(config, "config");
        return new NetlinkSocket(protocol, config);
    }

    private static ByteBuf directBuffer(int capacity) {
        return Unpooled.directBuffer(capacity, capacity);
    }

    /** {@return the netlink protocol number this socket speaks} */
    public int protocol() {
        return protocol;
    }

    /** {@return the port id the kernel assigned to this socket} */
    public int portId() {
        return portId;
    }

    /** {@return the configuration this socket was opened with; never null} */
    public Config config() {
        return config;
    }

    /** {@return the size in bytes of the buffer replies are received into (at least 32 KiB; grows for large messages)} */
    public int receiveBufferCapacity() {
        return receiveBuffer.capacity();
    }

    private void setReceiveBufferSize(int bytes) {
        // SO_RCVBUFFORCE passes rmem_max when we hold CAP_NET_ADMIN; otherwise settle for SO_RCVBUF.
        if (setIntOption(Syscalls.SOL_SOCKET, Syscalls.SO_RCVBUFFORCE, bytes, false) != 0) {
            setIntOption(Syscalls.SOL_SOCKET, Syscalls.SO_RCVBUF, bytes, true);
        }
    }

    private int setIntOption(int level, int name, int value, boolean required) {
        HostOrder.setU32(scratch, SCRATCH_OPTVAL, value);
        int err = Syscalls.trySetsockopt(fd, level, name, scratchAddress + SCRATCH_OPTVAL, 4);
        if (err != 0 && required) {
            throw new NetlinkException("setsockopt(" + level + ", " + name + ")", err);
        }
        return err;
    }

    /** {@return the kernel's effective {@code SO_RCVBUF} in bytes (it doubles what was asked, for bookkeeping)} */
    public int kernelReceiveBufferSize() {
        lock.lock();
        try {
            ensureOpen();
            HostOrder.setU32(scratch, SCRATCH_OPTLEN, 4);
            Syscalls.getsockopt(fd, Syscalls.SOL_SOCKET, Syscalls.SO_RCVBUF, scratchAddress + SCRATCH_OPTVAL,
                    scratchAddress + SCRATCH_OPTLEN);
            return HostOrder.s32(scratch, SCRATCH_OPTVAL);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Joins multicast {@code group} (such as {@code RTNLGRP_LINK}) to receive its notifications.
     *
     * @param group the multicast group number, such as an {@code RTNLGRP_*} value for rtnetlink
     */
    public void joinGroup(int group) {
        membership(NETLINK_ADD_MEMBERSHIP, group);
    }

    /**
     * Leaves multicast {@code group}.
     *
     * @param group the multicast group number, such as an {@code RTNLGRP_*} value for rtnetlink
     */
    public void leaveGroup(int group) {
        membership(NETLINK_DROP_MEMBERSHIP, group);
    }

    private void membership(int option, int group) {
        if (group <= 0) {
            throw new IllegalArgumentException("multicast group must be positive: " + group);
        }
        lock.lock();
        try {
            ensureOpen();
            setIntOption(Syscalls.SOL_NETLINK, option, group, true);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends the request in {@code writer} with {@code NLM_F_ACK} and waits for the kernel's
     * acknowledgement. Reply messages that come before it (the answer to a GET, or echoes)
     * go to {@code handler}.
     *
     * @param writer  holds exactly one request message; not null
     * @param handler receives the reply messages, on the calling thread; not null
     * @throws NetlinkException      when the kernel refuses the request
     * @throws NetlinkParseException when a reply is malformed
     */
    public void execute(MessageWriter writer, MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        writer.flags(writer.flags() | NlMsgHdr.NLM_F_ACK);
        run(writer, handler);
    }

    /**
     * Sends the request in {@code writer} and waits for the kernel's acknowledgement.
     *
     * @param writer holds exactly one request message; not null
     */
    public void execute(MessageWriter writer) {
        execute(writer, message -> true);
    }

    /**
     * Sends the request in {@code writer} as a dump ({@code NLM_F_DUMP} is added) and streams
     * every message of the reply to {@code handler} until {@code NLMSG_DONE}. When the handler
     * stops early the rest is drained.
     *
     * <p>A dump the kernel flags {@code NLM_F_DUMP_INTR} is run again up to
     * {@link Config#withDumpRetries(int)} times (calling {@link MessageHandler#onRestart()} first),
     * then fails with {@link DumpInterruptedException}: a partial result is never silent.
     *
     * @param writer  holds exactly one request message; not null
     * @param handler receives every reply message, on the calling thread; not null
     * @throws NetlinkException      when the kernel refuses the dump or it stays inconsistent
     * @throws NetlinkParseException when a reply is malformed
     */
    public void dump(MessageWriter writer, MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        writer.flags(writer.flags() | NlMsgHdr.NLM_F_DUMP);
        run(writer, handler);
    }

    private void run(MessageWriter writer, MessageHandler handler) {
        ByteBuf request = writer.finish();
        String operation = MessageType.name(protocol, writer.type());
        lock.lock();
        try {
            ensureOpen();
            for (int attempt = 1; ; attempt++) {
                boolean interrupted = exchange(request, operation, handler);
                if (!interrupted) {
                    return;
                }
                if (attempt > config.dumpRetries) {
                    throw new DumpInterruptedException(operation, attempt);
                }
                handler.onRestart();
            }
        } finally {
            lock.unlock();
        }
    }

    /** One send and its complete reply; returns whether any message was flagged DUMP_INTR. */
    private boolean exchange(ByteBuf request, String operation, MessageHandler handler) {
        int seq = ++sequence;
        HostOrder.setU32(request, NlMsgHdr.SEQ, seq);
        send(request, 0);
        boolean deliver = true;
        boolean interrupted = false;
        RuntimeException failure = null;
        while (true) {
            int n = receive(0);
            if (n == -Syscalls.ENOBUFS) {
                // Only a socket that also joined groups can overflow; our reply may be lost.
                throw new NetlinkException(operation + " (receive)", Syscalls.ENOBUFS);
            }
            replies.wrap(receiveBuffer, 0, n);
            while (replies.next()) {
                if (replies.portId() != portId || replies.sequence() != seq) {
                    continue; // a notification or a stale reply; not ours
                }
                int type = replies.type();
                int flags = replies.flags();
                if ((flags & NlMsgHdr.NLM_F_DUMP_INTR) != 0) {
                    interrupted = true;
                }
                if (type == MessageType.NLMSG_ERROR || type == MessageType.NLMSG_DONE) {
                    NetlinkException error = completion(operation, type);
                    if (failure != null) {
                        throw failure;
                    }
                    if (error != null) {
                        throw error;
                    }
                    return interrupted;
                }
                if (type == MessageType.NLMSG_NOOP) {
                    continue;
                }
                if (type == MessageType.NLMSG_OVERRUN) {
                    failure = new NetlinkException(operation + " (NLMSG_OVERRUN)", Syscalls.ENOBUFS);
                    deliver = false;
                    continue;
                }
                if (deliver) {
                    try {
                        deliver = handler.onMessage(replies);
                    } catch (RuntimeException e) {
                        // Keep draining so the socket stays in step, then rethrow.
                        failure = e;
                        deliver = false;
                    }
                }
            }
        }
    }

    /**
     * Decodes an NLMSG_ERROR or NLMSG_DONE at the cursor: null for success (after passing any
     * warning to the listener), otherwise the exception to throw.
     */
    private NetlinkException completion(String operation, int type) {
        int payload = replies.payloadOffset();
        int payloadLength = replies.payloadLength();
        int flags = replies.flags();
        if (payloadLength < 4) {
            if (type == MessageType.NLMSG_DONE) {
                return null; // old kernels send an empty DONE
            }
            throw new NetlinkParseException(replies.offset(), "NLMSG_ERROR without an error code");
        }
        int error = HostOrder.s32(receiveBuffer, payload + NlMsgErr.ERROR);
        int tlvStart;
        if (type == MessageType.NLMSG_ERROR) {
            if (payloadLength < NlMsgErr.SIZE) {
                throw new NetlinkParseException(replies.offset(), "NLMSG_ERROR shorter than struct nlmsgerr");
            }
            int echoedLength = HostOrder.s32(receiveBuffer, payload + NlMsgErr.MSG + NlMsgHdr.LEN);
            boolean capped = (flags & NlMsgHdr.NLM_F_CAPPED) != 0;
            tlvStart = payload + NlMsgErr.MSG + (capped ? NlMsgHdr.SIZE : NetlinkAlign.align(echoedLength));
        } else {
            tlvStart = payload + 4;
        }
        String message = null;
        int offset = -1;
        int missingType = -1;
        int missingNest = -1;
        int messageEnd = replies.offset() + replies.length();
        if ((flags & NlMsgHdr.NLM_F_ACK_TLVS) != 0 && tlvStart <= messageEnd) {
            AttributeCursor tlv = ackAttributes.wrap(receiveBuffer, tlvStart, messageEnd - tlvStart);
            while (tlv.next()) {
                switch (tlv.type()) {
                    case NlMsgErr.NLMSGERR_ATTR_MSG -> message = tlv.string();
                    case NlMsgErr.NLMSGERR_ATTR_OFFS -> offset = tlv.s32();
                    case NlMsgErr.NLMSGERR_ATTR_MISS_TYPE -> missingType = tlv.s32();
                    case NlMsgErr.NLMSGERR_ATTR_MISS_NEST -> missingNest = tlv.s32();
                    default -> {
                    }
                }
            }
        }
        if (error == 0) {
            if (message != null && !message.isEmpty()) {
                config.warningListener.accept(operation, message);
            }
            return null;
        }
        return new NetlinkException(operation, -error, message, offset, missingType, missingNest);
    }

    void send(ByteBuf message, int destinationPort) {
        scratch.setZero(SCRATCH_ADDR, SOCKADDR_NL_SIZE);
        HostOrder.setU16(scratch, SCRATCH_ADDR, Syscalls.AF_NETLINK);
        HostOrder.setU32(scratch, SCRATCH_ADDR + 4, destinationPort);
        long msghdr = prepareMessageHeader(Syscalls.address(message) + message.readerIndex(), message.readableBytes());
        Syscalls.sendmsg(fd, msghdr);
    }

    /** Fills the scratch msghdr: the sockaddr_nl in scratch as name, one iovec over the buffer. */
    private long prepareMessageHeader(long buffer, long length) {
        scratch.setZero(SCRATCH_MSGHDR, MSGHDR_SIZE);
        HostOrder.setU64(scratch, SCRATCH_IOVEC, buffer);
        HostOrder.setU64(scratch, SCRATCH_IOVEC + 8, length);
        HostOrder.setU64(scratch, SCRATCH_MSGHDR + MSGHDR_NAME, scratchAddress + SCRATCH_ADDR);
        HostOrder.setU32(scratch, SCRATCH_MSGHDR + MSGHDR_NAMELEN, SOCKADDR_NL_SIZE);
        HostOrder.setU64(scratch, SCRATCH_MSGHDR + MSGHDR_IOV, scratchAddress + SCRATCH_IOVEC);
        HostOrder.setU64(scratch, SCRATCH_MSGHDR + MSGHDR_IOVLEN, 1);
        return scratchAddress + SCRATCH_MSGHDR;
    }

    /**
     * Receives one datagram from the kernel into the receive buffer, growing it first when the
     * datagram is larger. Datagrams from other senders are dropped. Returns the length, or
     * {@code -ENOBUFS} / {@code -EAGAIN}.
     */
    private int receive(int flags) {
        while (true) {
            long size = Syscalls.recvmsg(fd, prepareMessageHeader(0, 0), Syscalls.MSG_PEEK | Syscalls.MSG_TRUNC | flags);
            if (size < 0) {
                return (int) size;
            }
            if (size > receiveBuffer.capacity()) {
                int capacity = (int) Math.max(size, 2L * receiveBuffer.capacity());
                ByteBuf bigger = directBuffer(capacity);
                receiveBuffer.release();
                receiveBuffer = bigger;
                receiveAddress = Syscalls.address(bigger);
            }
            long n = Syscalls.recvmsg(fd, prepareMessageHeader(receiveAddress, receiveBuffer.capacity()), flags);
            if (n < 0) {
                return (int) n;
            }
            if (HostOrder.s32(scratch, SCRATCH_ADDR + 4) != 0) {
                continue; // only the kernel (port 0) may speak to us
            }
            receiveBuffer.setIndex(0, (int) n);
            return (int) n;
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for notifications from the groups this socket joined and
     * hands each message to {@code handler}. Lost notifications ({@code ENOBUFS}) are reported
     * through {@link EventHandler#onOverrun()}, after the notifications still queued (older than
     * the loss) were discarded, so that every later one is delivered or reported again and a dump
     * made on the signal is a sound resync; the socket stays usable.
     *
     * @param handler       receives each notification, on the calling thread; not null
     * @param timeoutMillis how long to wait in milliseconds; 0 or less takes only what is already queued
     * @return the number of messages delivered (0 on timeout), or -1 once the socket is closed
     */
    public int receiveEvents(EventHandler handler, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMillis));
        while (true) {
            lock.lock();
            try {
                if (closed.get()) {
                    return -1;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                int slice = (int) Math.max(0, Math.min(left, POLL_SLICE_MILLIS));
                HostOrder.setU32(scratch, SCRATCH_POLLFD, fd);
                HostOrder.setU32(scratch, SCRATCH_POLLFD + 4, Syscalls.POLLIN);
                if (Syscalls.pollIn(fd, scratchAddress + SCRATCH_POLLFD, slice)) {
                    int n = receive(Syscalls.MSG_DONTWAIT);
                    if (n == -Syscalls.ENOBUFS) {
                        discardQueued();
                        handler.onOverrun();
                        return 0;
                    }
                    if (n >= 0) {
                        return deliverEvents(handler, n);
                    }
                }
                if (left <= 0) {
                    return 0;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Empties the receive queue after an overrun. Once it has dropped a notification the kernel
     * marks the socket congested and drops every later one, without a second {@code ENOBUFS},
     * until a receive finds the queue empty; a receiver that dumped to resynchronise before that
     * would silently miss what changed after its dump. What is queued predates the loss and the
     * dump supersedes it. Bounded by the buffer size, because new notifications keep coming once
     * the queue was empty.
     */
    private void discardQueued() {
        long budget = kernelReceiveBufferSize();
        while (budget > 0) {
            // MSG_TRUNC with no buffer: the datagram is consumed, its full length returned.
            long n = Syscalls.recvmsg(fd, prepareMessageHeader(0, 0), Syscalls.MSG_TRUNC | Syscalls.MSG_DONTWAIT);
            if (n == -Syscalls.EAGAIN) {
                return;
            }
            budget -= Math.max(n, 1);
        }
    }

    private int deliverEvents(EventHandler handler, int length) {
        int delivered = 0;
        replies.wrap(receiveBuffer, 0, length);
        while (replies.next()) {
            int type = replies.type();
            if (type < MessageType.NLMSG_MIN_TYPE) {
                continue;
            }
            delivered++;
            if (!handler.onMessage(replies)) {
                break;
            }
        }
        return delivered;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("netlink socket is closed");
        }
    }

    /** {@return true once {@link #close()} was called} */
    public boolean isClosed() {
        return closed.get();
    }

    /** Closes the socket and frees its buffers; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        lock.lock();
        try {
            Syscalls.close(fd);
            receiveBuffer.release();
            scratch.release();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How a socket is set up. Immutable; each {@code with} method returns a copy.
     */
    public static final class Config {
        private static final Config DEFAULTS = new Config(1 << 20, false, 0,
                (operation, message) -> System.getLogger("io.jnetlink").log(System.Logger.Level.WARNING,
                        operation + ": kernel warning: " + message));

        private final int receiveBufferSize;
        private final boolean strictCheck;
        private final int dumpRetries;
        private final BiConsumer<String, String> warningListener;

        private Config(int receiveBufferSize, boolean strictCheck, int dumpRetries,
                       BiConsumer<String, String> warningListener) {
            this.receiveBufferSize = receiveBufferSize;
            this.strictCheck = strictCheck;
            this.dumpRetries = dumpRetries;
            this.warningListener = warningListener;
        }

        /**
         * 1 MiB socket receive buffer, strict checking off, no dump retries, warnings logged to
         * the {@code io.jnetlink} system logger.
         *
         * @return the shared default configuration
         */
        public static Config defaults() {
            return DEFAULTS;
        }

        /**
         * The socket receive buffer ({@code SO_RCVBUF}) in bytes; {@code SO_RCVBUFFORCE} is
         * used where permitted so the size may exceed {@code net.core.rmem_max}.
         *
         * @param bytes the size in bytes, greater than 0
         * @return a copy of this configuration with that change
         */
        public Config withReceiveBufferSize(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("receive buffer size must be positive: " + bytes);
            }
            return new Config(bytes, strictCheck, dumpRetries, warningListener);
        }

        /**
         * Turns on {@code NETLINK_GET_STRICT_CHK}: the kernel validates dump request headers
         * and applies the filters they carry (by master, kind, table, ...).
         *
         * @param on whether the kernel checks and filters dump requests
         * @return a copy of this configuration with that change
         */
        public Config withStrictCheck(boolean on) {
            return new Config(receiveBufferSize, on, dumpRetries, warningListener);
        }

        /**
         * How often a dump flagged {@code NLM_F_DUMP_INTR} is run again before failing (0 = never).
         *
         * @param retries how many extra runs, 0 or more
         * @return a copy of this configuration with that change
         */
        public Config withDumpRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("dump retries must not be negative: " + retries);
            }
            return new Config(receiveBufferSize, strictCheck, retries, warningListener);
        }

        /**
         * Receives (operation, text) for every acknowledgement that carries a kernel warning.
         *
         * @param listener called with the operation name and the kernel's text; not null
         * @return a copy of this configuration with that change
         */
        public Config withWarningListener(BiConsumer<String, String> listener) {
            return new Config(receiveBufferSize, strictCheck, dumpRetries, Objects.requireNonNull(listener));
        }

        /** {@return the requested {@code SO_RCVBUF} in bytes} */
        public int receiveBufferSize() {
            return receiveBufferSize;
        }

        /** {@return whether {@code NETLINK_GET_STRICT_CHK} is turned on} */
        public boolean strictCheck() {
            return strictCheck;
        }

        /** {@return how often an interrupted dump is run again, 0 or more} */
        public int dumpRetries() {
            return dumpRetries;
        }

        /** {@return where kernel warnings go; never null} */
        public BiConsumer<String, String> warningListener() {
            return warningListener;
        }
    }
}

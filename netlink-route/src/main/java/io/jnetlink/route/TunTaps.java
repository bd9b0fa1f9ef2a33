package io.jnetlink.route;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.internal.Syscalls;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkFilter;
import io.jnetlink.route.link.TunCodec;
import io.jnetlink.route.link.TunData;
import io.jnetlink.route.link.TunTapDevice;
import io.jnetlink.route.link.TunTapProcess;
import io.jnetlink.route.link.TunTapRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What {@code ip tuntap} does, for the namespace of an {@link Rtnl} client: {@link #add} and
 * {@link #delete} tun and tap devices through {@code /dev/net/tun} (the kernel makes them with the
 * {@code TUNSETIFF} ioctl, never over netlink), {@link #list()} them with the driver's flags, and
 * find the processes attached to one ({@link #attachedProcesses}). Obtained with
 * {@link Rtnl#tunTaps()}. A device is also a link of kind {@code tun} ({@link TunData} in its
 * link info), which {@link Links#delete(String)} deletes too.
 *
 * <p>The ioctls run on a thread inside the client's namespace (on the caller's own when it is
 * there already). A refusal is a
 * {@link NetlinkException} whose operation names the call as ip prints it
 * ({@code ioctl(TUNSETIFF)}) with the kernel's errno: {@code EBUSY} for a name that is taken,
 * {@code EINVAL} for a device of the other mode.
 */
public final class TunTaps {
    private static final String TUN_DEVICE = "/dev/net/tun";
    private static final long TUNSETIFF = 0x400454caL;
    private static final long TUNSETPERSIST = 0x400454cbL;
    private static final long TUNSETOWNER = 0x400454ccL;
    private static final long TUNSETGROUP = 0x400454ceL;
    /** {@code struct ifreq}: the name ({@code IFNAMSIZ} bytes), then a 24-byte union whose first field is the flags. */
    private static final int IFREQ_SIZE = 40;
    private static final int IFNAMSIZ = 16;
    private static final int ARPHRD_ETHER = 1;
    private static final int ARPHRD_NONE = 0xfffe;
    private static final Path PROC = Path.of("/proc");
    /** The namespace of the process's main thread, the one its {@code /sys} was mounted for. */
    private static final Path PROCESS_NAMESPACE = Path.of("/proc/self/ns/net");

    private final Rtnl rtnl;

    TunTaps(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Makes a persistent device as {@code ip tuntap add} does: {@code TUNSETIFF} with the
     * request's flags and {@link TunData#IFF_TUN_EXCL}, then {@code TUNSETOWNER} and
     * {@code TUNSETGROUP} when set, then {@code TUNSETPERSIST 1}.
     *
     * @param request the device; not null
     * @return the device's name: the request's, or the one the kernel picked
     * @throws NetlinkException {@code ioctl(TUNSETIFF)} with EBUSY when the name is taken, or
     *                          the failing call ({@code open /dev/net/tun}, {@code ioctl(TUNSETOWNER)}, ...)
     */
    public String add(TunTapRequest request) {
        Objects.requireNonNull(request, "request");
        return inNamespace(fd -> {
            String name = setIff(fd, request.name(), request.flags() | TunData.IFF_TUN_EXCL);
            if (request.owner() != TunTapRequest.ANY) {
                Syscalls.ioctl("ioctl(TUNSETOWNER)", fd, TUNSETOWNER, request.owner());
            }
            if (request.group() != TunTapRequest.ANY) {
                Syscalls.ioctl("ioctl(TUNSETGROUP)", fd, TUNSETGROUP, request.group());
            }
            Syscalls.ioctl("ioctl(TUNSETPERSIST)", fd, TUNSETPERSIST, 1);
            return name;
        });
    }

    /**
     * Removes a device as {@code ip tuntap del} does: attaches to it with {@code TUNSETIFF} and the
     * request's flags, which must fit the device (its mode, multi-queue or not), then clears its
     * persistence, so it goes when the descriptor closes. As with ip, a name no device has makes a
     * device that goes at once, and succeeds; {@link Links#delete(String)} is the plain way.
     *
     * @param request the device: its name (null makes and removes a new one, as ip does), mode and flags; not null
     * @throws NetlinkException {@code ioctl(TUNSETIFF)} with EINVAL when the device is of the other
     *                          mode, EBUSY when a process is attached to it
     */
    public void delete(TunTapRequest request) {
        Objects.requireNonNull(request, "request");
        inNamespace(fd -> {
            setIff(fd, request.name(), request.flags());
            Syscalls.ioctl("ioctl(TUNSETPERSIST)", fd, TUNSETPERSIST, 0);
            return null;
        });
    }

    /**
     * The tun and tap devices, as {@code ip tuntap show} lists them: the links of kind {@code tun}
     * in interface order, each with the flags, owner and group its driver keeps in sysfs. For a
     * namespace other than the process's own, sysfs is read through a mount of its own made on a
     * thread that ends afterwards (as {@code ip -n} does), which takes {@code CAP_SYS_ADMIN}.
     * A device that goes while it is read is left out.
     *
     * @return the devices; empty when there are none
     * @throws NetlinkException when the links cannot be listed or sysfs cannot be mounted
     */
    public List<TunTapDevice> list() {
        List<Link> links = rtnl.links().list(LinkFilter.all().withKind(TunCodec.KIND));
        return inSysfs(() -> {
            List<TunTapDevice> devices = new ArrayList<>();
            for (Link link : links) {
                if (link.hardwareType() != ARPHRD_NONE && link.hardwareType() != ARPHRD_ETHER) {
                    continue;
                }
                Path dir = Path.of("/sys/class/net", link.name());
                try {
                    devices.add(new TunTapDevice(link.name(), link.ifindex(), (int) property(dir, "tun_flags"),
                            property(dir, "owner"), property(dir, "group")));
                } catch (IOException | NumberFormatException e) {
                    // gone meanwhile, or not a tun driver's device after all: ip skips it too
                }
            }
            return devices;
        });
    }

    /**
     * The processes holding a {@code /dev/net/tun} descriptor attached to a device named
     * {@code name}, as {@code ip -d tuntap show} finds them: through every process's
     * {@code /proc/PID/fd} and {@code fdinfo}, in directory order, one entry per descriptor,
     * this process left out. Like ip, this goes by the name alone, in whatever namespace the
     * device is.
     *
     * @param name       the device name; not null
     * @param unreadable gets the error of each descriptor whose link cannot be read (ip prints
     *                   each as {@code readlink: REASON}); not null
     * @return the processes; empty when none is attached
     */
    public List<TunTapProcess> attachedProcesses(String name, Consumer<IOException> unreadable) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unreadable, "unreadable");
        long self = ProcessHandle.current().pid();
        List<TunTapProcess> processes = new ArrayList<>();
        for (Path process : entries(PROC)) {
            String pid = process.getFileName().toString();
            if (!isNumber(pid) || Long.parseLong(pid) == self) {
                continue;
            }
            for (Path fd : entries(process.resolve("fd"))) {
                String number = fd.getFileName().toString();
                if (!isNumber(number)) {
                    continue;
                }
                try {
                    if (!Files.readSymbolicLink(fd).toString().equals(TUN_DEVICE)
                            || !name.equals(attachedTo(process.resolve("fdinfo").resolve(number)))) {
                        continue;
                    }
                } catch (IOException e) {
                    unreadable.accept(e);
                    continue;
                }
                processes.add(new TunTapProcess(Integer.parseInt(pid), command(process)));
            }
        }
        return processes;
    }

    /** The {@code iff:} line of a tun descriptor's fdinfo: the device it is attached to, or null. */
    private static String attachedTo(Path fdinfo) {
        try {
            for (String line : Files.readAllLines(fdinfo, StandardCharsets.UTF_8)) {
                if (line.startsWith("iff:")) {
                    return line.substring(4).strip();
                }
            }
        } catch (IOException e) {
            return null; // the descriptor or process went meanwhile
        }
        return null;
    }

    private static String command(Path process) {
        try {
            String comm = Files.readString(process.resolve("comm"), StandardCharsets.UTF_8);
            int newline = comm.indexOf('\n');
            return newline < 0 ? comm : comm.substring(0, newline);
        } catch (IOException e) {
            return null;
        }
    }

    /** The entries of a directory, none when it cannot be read (a process that ended, or one we may not look into). */
    private static List<Path> entries(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            return List.of();
        }
        return entries;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A sysfs attribute holding one C integer (decimal, or {@code 0x} hex as {@code tun_flags} is written). */
    private static long property(Path dir, String name) throws IOException {
        String text = Files.readString(dir.resolve(name), StandardCharsets.US_ASCII).strip();
        return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
    }

    /**
     * Runs {@code task} where {@code /sys} shows this client's namespace: the process's own
     * {@code /sys} when the client is in the process's namespace (as ip without {@code -n} reads
     * it), else a sysfs of the client's namespace mounted for one thread (a thread that merely
     * entered the namespace still sees the process's {@code /sys}).
     */
    private <T> T inSysfs(Supplier<T> task) {
        NetNs netns = rtnl.netns();
        if (netns.inode() == NetNs.inodeOf(PROCESS_NAMESPACE)) {
            return task.get();
        }
        return netns.call(() -> {
            // A mount namespace for this thread alone, whose mounts do not travel back, with a
            // sysfs of the namespace over /sys; the thread ends with the task.
            Syscalls.unshare(Syscalls.CLONE_NEWNS);
            Syscalls.mount("", "/", "none", Syscalls.MS_SLAVE | Syscalls.MS_REC);
            try {
                Syscalls.umount2("/sys", Syscalls.MNT_DETACH);
            } catch (NetlinkException e) {
                // nothing mounted there, or busy: the new sysfs goes over it
            }
            Syscalls.mount("sysfs", "/sys", "sysfs", 0);
            return task.get();
        });
    }

    /** A {@code /dev/net/tun} descriptor's work. */
    @FunctionalInterface
    private interface TunTask<T> {
        T run(int fd);
    }

    /**
     * Opens {@code /dev/net/tun} inside the client's namespace (the device a descriptor makes goes
     * to the namespace it was opened in), runs {@code task}, closes it.
     */
    private <T> T inNamespace(TunTask<T> task) {
        Supplier<T> work = () -> {
            int fd = Syscalls.open(TUN_DEVICE, Syscalls.O_RDWR | Syscalls.O_CLOEXEC);
            try {
                return task.run(fd);
            } finally {
                Syscalls.close(fd);
            }
        };
        // already there: no setns, which an unprivileged owner of a device could not make
        return rtnl.netns().inode() == NetNs.currentInode() ? work.get() : rtnl.netns().call(work::get);
    }

    /** {@code TUNSETIFF}: attaches {@code fd} to the device {@code name} (made if need be); returns its name. */
    private static String setIff(int fd, String name, int flags) {
        ByteBuf ifreq = Unpooled.directBuffer(IFREQ_SIZE, IFREQ_SIZE);
        try {
            ifreq.setZero(0, IFREQ_SIZE);
            if (name != null) {
                ifreq.setBytes(0, name.getBytes(StandardCharsets.UTF_8));
            }
            HostOrder.setU16(ifreq, IFNAMSIZ, flags);
            Syscalls.ioctl("ioctl(TUNSETIFF)", fd, TUNSETIFF, Syscalls.address(ifreq));
            int end = ifreq.indexOf(0, IFNAMSIZ, (byte) 0);
            return ifreq.toString(0, end < 0 ? IFNAMSIZ : end, StandardCharsets.UTF_8);
        } finally {
            ifreq.release();
        }
    }
}

package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.link.TunTapMode;
import io.jnetlink.route.link.TunTapRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code ip tuntap} replayed as {@link IpLinkReplayTest} does: iproute2 6.1 on namespace A, the jar
 * in-process on its twin B; same output, same exit status for every line (MAC addresses masked),
 * then the same links and the same devices.
 */
class IpTuntapReplayTest {
    /** Words split at spaces; {@code ''} stands for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "tuntap",
            "tuntap add dev t1 mode tun",
            "tuntap add dev t2 mode tap",
            "tuntap add name t3 mode tap pi one_queue vnet_hdr",
            "tuntap add t4 mode tun multi_queue user 0 group 0",
            "tuntap add dev t5 mode tap user root group root",
            "tuntap add dev t6 mode tun user 1234 group 4321",
            "tuntap add dev t7 mode tun user -1 group 4294967295",
            "tuntap add dev t8 mode tun user +7 group 4294967296",
            "tuntap add mode tap",
            "tuntap add mode tap",
            "tuntap add mode tun",
            "tuntap add dev y%d mode tun",
            "tuntap a dev t9 mo ta o v mu p",
            "tuntap add dev t10 mode tun mode tun",
            "tuntap add mode tun name help",
            // refusals
            "tuntap add dev t1 mode tun",
            "tuntap add dev t1 mode tap",
            "tuntap add dev t11",
            "tuntap add",
            "tuntap add dev t11 mode foo",
            "tuntap add dev t11 mode ''",
            "tuntap add dev t11 mode",
            "tuntap add dev t11 mode tun mode tap",
            "tuntap add dev t11 mode tap mode tun",
            "tuntap add dev t11 mode tun user nosuchuser-jnl",
            "tuntap add dev t11 mode tun group nosuchgroup-jnl",
            "tuntap add dev t11 mode tun user ''",
            "tuntap add dev t11 mode tun user 12abc",
            "tuntap add dev t11 mode tun group 0x10",
            "tuntap add dev a/b mode tun",
            "tuntap add dev abcdefghijklmnop mode tun",
            "tuntap add dev '' mode tun",
            "tuntap add name '' mode tun",
            "tuntap add dev a:b mode tun",
            "tuntap add dev . mode tap",
            "tuntap add dev t11 t12 mode tun",
            "tuntap add dev t11 mode tun napi",
            "tuntap add dev",
            "tuntap bogus",
            "tuntap ''",
            // listings
            "tuntap show",
            "tuntap list",
            "tuntap lst",
            "tuntap s foo",
            "tuntap l",
            "tap",
            "ta",
            "tunt",
            "-j tuntap",
            "-j -p tuntap",
            "-c tuntap",
            "-o tuntap",
            "-br tuntap",
            "-s tuntap",
            "-d link show t3",
            "-d link show t4",
            "-d link show t5",
            "-d link show t6",
            "-d -j link show t9",
            // removals
            "tuntap del dev t1 mode tap",
            "tuntap del dev t1",
            "tuntap del dev t1 mode tun user 0",
            "tuntap del dev t4 mode tun",
            "tuntap del dev t4 mode tun multi_queue",
            "tuntap del dev t1 mode tun",
            "tuntap d dev t2 mode tap",
            "tuntap delete t3 mode tap",
            "tuntap del dev nosuch mode tun",
            "tuntap del mode tap",
            "tuntap del dev a:b mode tun",
            "link del t5",
            "link set t6 up",
            "link set t7 name t7x",
            "tuntap",
            "-d link show");

    /** Help: a usage text of jnl's own wording, on standard error as ip prints its own, and ip's status. */
    private static final List<String> HELP = List.of("tuntap help", "tuntap add mode tun help", "tuntap add mode tun h",
            "tuntap del dev x he");

    /** With {@code -d} ip and jnl look through every process; what they may not read differs from run to run. */
    private static final List<String> DETAILED = List.of("-d tuntap", "-d -j tuntap", "-d -o tuntap", "-d -j -p tuntap");

    @Test
    void eachCommandAndTheResultingDevicesMatchIp() {
        try (TestNamespace a = TestNamespace.create("tta"); TestNamespace b = TestNamespace.create("ttb")) {
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, masked(ip), new Jnl.Result(jnl.exitCode(),
                        IpLinkReplayTest.mask(jnl.stdout()), jnl.stderr()), b.name(), a.name());
            }
            for (String command : HELP) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertEquals(ip.exitCode(), jnl.exitCode(), command + ": exit status"));
                checks.add(() -> assertEquals(ip.stdout(), jnl.stdout(), command + ": stdout"));
                checks.add(() -> assertTrue(ip.stderr().startsWith("Usage: ip tuntap")
                        && jnl.stderr().startsWith("Usage: ip tuntap"), command + ": " + jnl.stderr()));
            }
            assertAll(checks);
            String devices = Shell.run("ip", "-n", a.name(), "tuntap");
            assertTrue(devices.contains("t9: tap pi one_queue multi_queue vnet_hdr persist filter"), devices);
            assertEquals(devices, Shell.run("ip", "-n", b.name(), "tuntap"), "ip tuntap");
            assertEquals(IpLinkReplayTest.mask(Shell.run("ip", "-n", a.name(), "-d", "-j", "link")),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), "ip -d -j link");
        }
    }

    /** Flags ip has no word for (NAPI, which only the library sets) print as one hex number, as ip prints them. */
    @Test
    void flagsWithoutAWordPrintInHexAsIpDoes() {
        try (TestNamespace a = TestNamespace.create("tta"); Rtnl rtnl = Rtnl.open(a.netns())) {
            rtnl.tunTaps().add(TunTapRequest.of("napi0", TunTapMode.TAP).withNapi(true).withNapiFrags(true));
            rtnl.tunTaps().add(TunTapRequest.of("napi1", TunTapMode.TUN).withNapi(true).withPacketInfo(true));
            List<Executable> checks = new ArrayList<>();
            for (String command : List.of("tuntap", "-j tuntap", "-j -p tuntap")) {
                String[] words = Replay.words(List.of("ip", "-n", a.name()), command);
                Shell.Result ip = Shell.exec(words);
                Replay.sameAs(checks, command, ip, Jnl.run(words));
                checks.add(() -> assertTrue(ip.stdout().contains("0x30"), command + ": " + ip.stdout()));
            }
            assertAll(checks);
        }
    }

    /**
     * {@code -d}: with a process attached to a device of each twin (ip names every process attached
     * to a device of that name, whatever its namespace), the same listing; on standard error only
     * the descriptors neither could read.
     */
    @Test
    void detailsNameTheAttachedProcessesAsIpDoes() throws IOException, InterruptedException {
        try (TestNamespace a = TestNamespace.create("tta"); TestNamespace b = TestNamespace.create("ttb")) {
            String device = "att" + ProcessHandle.current().pid() % 100000;
            Shell.run("ip", "-n", a.name(), "tuntap", "add", "dev", device, "mode", "tap");
            Shell.run("ip", "-n", b.name(), "tuntap", "add", "dev", device, "mode", "tap");
            Shell.run("ip", "-n", b.name(), "tuntap", "add", "dev", "free0", "mode", "tun", "pi");
            Shell.run("ip", "-n", a.name(), "tuntap", "add", "dev", "free0", "mode", "tun", "pi");
            List<Process> holders = List.of(holder(a.name(), device), holder(b.name(), device));
            try {
                for (Process holder : holders) {
                    assertEquals("attached", new String(holder.getInputStream().readNBytes(8)).strip());
                }
                List<Executable> checks = new ArrayList<>();
                for (String command : DETAILED) {
                    Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                    Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                    checks.add(() -> assertEquals(ip.exitCode(), jnl.exitCode(), command + ": exit status"));
                    checks.add(() -> assertEquals(ip.stdout(), jnl.stdout(), command + ": stdout"));
                    checks.add(() -> assertTrue((ip.stderr() + jnl.stderr()).lines().allMatch(l -> l.startsWith("readlink: ")),
                            command + ": stderr " + ip.stderr() + jnl.stderr()));
                }
                String text = Jnl.run("ip", "-n", b.name(), "-d", "tuntap").stdout();
                for (Process holder : holders) {
                    checks.add(() -> assertTrue(text.contains("python3(" + holder.pid() + ")"), text));
                }
                assertAll(checks);
            } finally {
                for (Process holder : holders) {
                    holder.destroy();
                    holder.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** A process in {@code netns} attached to tap {@code device}, until it is destroyed; it says "attached" once it is. */
    private static Process holder(String netns, String device) throws IOException {
        String program = "import fcntl, os, struct, sys, time\n"
                + "fd = os.open('/dev/net/tun', os.O_RDWR)\n"
                + "fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH22x', sys.argv[1].encode(), 0x1002))\n"
                + "print('attached', flush=True)\n"
                + "time.sleep(120)\n";
        return new ProcessBuilder("ip", "netns", "exec", netns, "python3", "-c", program, device)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Shell.Result masked(Shell.Result result) {
        return new Shell.Result(result.exitCode(), IpLinkReplayTest.mask(result.stdout()), result.stderr());
    }
}

package io.jnetlink.bench;

import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.Links;
import io.jnetlink.route.link.Link;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of single requests in a throwaway namespace with one ifb device: one round trip to
 * the kernel and its acknowledgement each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmallRequestBenchmark {
    private static final int PREFIX_LENGTH = 24;

    private final MessageWriter writer = new MessageWriter();
    private LinkNamespace namespace;
    private Links links;
    private NetlinkSocket socket;
    private int index;
    private InetAddress address;

    /** Creates the namespace with {@code ifb0}. */
    @Setup(Level.Trial)
    public void createNamespace() throws UnknownHostException {
        namespace = LinkNamespace.create(1);
        links = namespace.rtnl().links();
        socket = namespace.rtnl().socket();
        index = links.get("ifb0").index();
        address = InetAddress.getByAddress(new byte[] {10, 99, 0, 1});
    }

    /** Deletes the namespace. */
    @TearDown(Level.Trial)
    public void deleteNamespace() {
        writer.close();
        namespace.close();
    }

    /** {@code rtnl.links().get(index)}: request, one reply decoded into a record, acknowledgement. */
    @Benchmark
    public Link getLinkByIndex() {
        return links.get(index);
    }

    /** {@code ip addr add 10.99.0.1/24 dev ifb0} then {@code ip addr del} the same: two acknowledged requests. */
    @Benchmark
    public void addAndDeleteAddress() {
        socket.execute(AddressRequests.address(writer, true, index, address, PREFIX_LENGTH));
        socket.execute(AddressRequests.address(writer, false, index, address, PREFIX_LENGTH));
    }
}

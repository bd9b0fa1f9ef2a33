package io.jnetlink.bench;

import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.address.AddressRequest;
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

    private LinkNamespace namespace;
    private Links links;
    private Addresses addresses;
    private int index;
    private AddressRequest address;

    /** Creates the namespace with {@code ifb0}. */
    @Setup(Level.Trial)
    public void createNamespace() throws UnknownHostException {
        namespace = LinkNamespace.create(1);
        links = namespace.rtnl().links();
        addresses = namespace.rtnl().addresses();
        index = links.get("ifb0").ifindex();
        address = AddressRequest.of(index, InetAddress.getByAddress(new byte[] {10, 99, 0, 1}), PREFIX_LENGTH);
    }

    /** Deletes the namespace. */
    @TearDown(Level.Trial)
    public void deleteNamespace() {
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
        addresses.add(address);
        addresses.delete(address);
    }
}

package io.jnetlink.route.soak;

import io.jnetlink.core.netns.NetNsExecutor;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.Closeables;
import io.jnetlink.route.testing.IpTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One throwaway namespace of the soak and everything the soak holds in it: ballast links and
 * addresses, the churn's client,
 * a client shared by the dump and subscription threads, three model subscribers (a listener, and
 * a slow listener and a slow poller on small buffers) and a namespace executor. Closing releases it all, the
 * namespace last.
 */
final class SoakSpace implements AutoCloseable {
    private static final int BALLAST_LINKS = 40;
    private static final int BALLAST_ADDRESSES = 600;

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    final TestNamespace namespace;
    final Rtnl churnClient;
    final Rtnl sharedClient;
    final ModelSubscriber listener;
    final ModelSubscriber slowListener;
    final ModelSubscriber slowPoller;
    final NetNsExecutor executor;

    SoakSpace(int slowReceiveBuffer, long slowPauseMillis, Consumer<Throwable> failures) throws Exception {
        namespace = keep(TestNamespace.create("soak"));
        try {
            addBallast(namespace.name());
            churnClient = keep(Rtnl.open(namespace.netns()));
            sharedClient = keep(Rtnl.open(namespace.netns(), Rtnl.defaultConfig().withDumpRetries(SoakTest.DUMP_RETRIES)));
            listener = keep(ModelSubscriber.listening(namespace.name() + "/listener", namespace.netns(), failures));
            slowListener = keep(ModelSubscriber.slowListening(namespace.name() + "/slow-listener", namespace.netns(),
                    slowReceiveBuffer, slowPauseMillis, failures));
            slowPoller = keep(ModelSubscriber.slowPolling(namespace.name() + "/slow-poller", namespace.netns(),
                    slowReceiveBuffer, slowPauseMillis, failures));
            executor = keep(NetNsExecutor.start(namespace.netns()));
        } catch (Exception | AssertionError e) {
            close();
            throw e;
        }
    }

    /**
     * Links and addresses the churn leaves alone, enough that link, address and route dumps
     * take several receives: only those can be flagged interrupted ({@code NLM_F_DUMP_INTR})
     * when the churn changes the namespace between two parts, which the dump threads must survive.
     */
    private static void addBallast(String ns) throws IOException {
        StringBuilder commands = new StringBuilder();
        for (int i = 0; i < BALLAST_LINKS; i++) {
            commands.append("link add b").append(i).append(" type ifb\n");
        }
        for (int i = 0; i < BALLAST_ADDRESSES; i++) {
            commands.append("addr add 10.100.").append(i / 250).append('.').append(i % 250 + 1).append("/32 dev b0\n");
        }
        commands.append("link set b0 up\n");
        Path batch = Files.createTempFile("jnetlink-soak", ".batch");
        try {
            Files.writeString(batch, commands);
            IpTool.ip(ns, "-batch", batch.toString());
        } finally {
            Files.delete(batch);
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        opened.push(resource);
        return resource;
    }

    /** The model subscribers. */
    List<ModelSubscriber> subscribers() {
        return List.of(listener, slowListener, slowPoller);
    }

    /** Closes in reverse order of opening; the first failure is thrown after all were tried. */
    @Override
    public void close() throws Exception {
        List<AutoCloseable> newestFirst = new ArrayList<>(opened);
        opened.clear();
        Closeables.closeAll(newestFirst);
    }
}

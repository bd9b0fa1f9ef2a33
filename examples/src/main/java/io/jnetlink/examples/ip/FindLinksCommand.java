package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.docker.DockerNetnsCommand;
import io.jnetlink.route.link.Link;
import java.nio.file.Path;
import java.util.List;

/**
 * The article's {@code find_links.sh}: for every Docker namespace, its name in bold red and
 * then its {@code ip -c -o link} lines; with an ifindex, only the namespaces holding a link with
 * that index, and only that link's line. This is how the article finds the far end of a veth
 * pair ({@code veth0@if75} here, {@code eth0@if76} there). The bytes are the script's, including
 * the blank it prints after each namespace.
 */
public final class FindLinksCommand implements Command {
    private static final String RED_BOLD = "\033[1;31m";
    private static final String CLEAR = "\033[0m";

    @Override
    public String name() {
        return "find-links";
    }

    @Override
    public String summary() {
        return "[IFINDEX]  every Docker namespace's links, or where IFINDEX lives (find_links.sh)";
    }

    @Override
    public String usage() {
        return """
                Usage: find-links [IFINDEX]

                For every namespace in /var/run/docker/netns (or --netns-dir): its name, then
                "ip -c -o link" inside it. With IFINDEX: only the namespaces that hold a link with
                that index, with that link's line. Output is byte for byte the article's find_links.sh.
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        Integer ifindex = null;
        if (args.hasNext()) {
            String value = args.next();
            if (!value.matches("[0-9]{1,10}")) {
                throw new CommandFailure("find-links: IFINDEX must be a number: \"" + value + "\"", 1);
            }
            ifindex = Integer.parseUnsignedInt(value);
        }
        Path dir = invocation.netnsDirOr(DockerNetnsCommand.DOCKER_NETNS_DIR);
        IpOptions options = new IpOptions(false, true, Palette.forBackground(invocation.env("COLORFGBG")), 0, 0, false, false, false);
        int status = 0;
        for (String namespace : DockerNetnsCommand.namespaces(dir)) {
            Invocation inside = invocation.inNamespaceFile(dir.resolve(namespace), namespace);
            String lines;
            try (NamespaceSession session = NamespaceSession.open(inside)) {
                lines = links(session, invocation.netnsDir(), options, ifindex);
            } catch (CommandFailure e) {
                invocation.err().println(e.getMessage());
                status = 1;
                continue;
            }
            if (lines != null) {
                invocation.out().print(RED_BOLD + namespace + ":" + CLEAR + lines + " ");
            }
        }
        invocation.out().flush();
        return status;
    }

    /** The namespace's one-line links (all, or the one with {@code ifindex}); null when it has none such. */
    private static String links(NamespaceSession session, Path namesDir, IpOptions options, Integer ifindex) {
        List<Link> links = session.rtnl().links().list();
        LinkFormatter formatter = new LinkFormatter(options, links, new NamespaceNames(session.rtnl(), namesDir));
        StringBuilder out = new StringBuilder();
        for (Link link : links) {
            if (ifindex == null || link.ifindex() == ifindex) {
                out.append(formatter.format(link, true));
            }
        }
        return ifindex != null && out.length() == 0 ? null : out.toString();
    }
}

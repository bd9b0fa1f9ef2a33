package io.jnetlink.examples.topology;

import io.jnetlink.examples.ip.InetFormat;
import io.jnetlink.vxlan.topology.LinkNode;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code topology --format svg}: a picture drawn without any external tool. Namespaces are boxes
 * in a grid, their links rows inside (ports indented under their bridge), veth pairs solid lines
 * between the two ends, bridge membership dashed curves, and VXLAN rows labelled with VNI and
 * remote peers.
 */
final class TopologySvg {
    private static final int COLUMNS = 3;
    private static final int BOX_WIDTH = 300;
    private static final int GAP = 60;
    private static final int HEADER = 34;
    private static final int ROW = 30;
    private static final int VXLAN_ROW = 46;
    private static final int PADDING = 12;
    private static final int INDENT = 18;

    private TopologySvg() {
    }

    /** Where a link's row was drawn, so edges can join rows. */
    private record Row(int x, int y, int width, int height) {
        int centreY() {
            return y + height / 2;
        }
    }

    static void print(Topology topology, PrintStream out) {
        StringBuilder body = new StringBuilder();
        Map<String, Row> rows = new HashMap<>();
        List<NamespaceNode> namespaces = topology.namespaces();
        int y = GAP / 2;
        int width = GAP / 2 + Math.min(Math.max(namespaces.size(), 1), COLUMNS) * (BOX_WIDTH + GAP);
        for (int first = 0; first < namespaces.size(); first += COLUMNS) {
            int tallest = 0;
            for (int i = first; i < Math.min(first + COLUMNS, namespaces.size()); i++) {
                int x = GAP / 2 + (i - first) * (BOX_WIDTH + GAP);
                tallest = Math.max(tallest, drawNamespace(namespaces.get(i), x, y, body, rows));
            }
            y += tallest + GAP;
        }
        StringBuilder edges = new StringBuilder();
        for (NamespaceNode ns : namespaces) {
            for (LinkNode link : ns.links()) {
                Row from = rows.get(key(ns.inode(), link.ifindex()));
                LinkNode.Peer peer = link.peer();
                if (peer != null && peer.isResolved()
                        && (ns.inode() < peer.inode() || ns.inode() == peer.inode() && link.ifindex() < peer.ifindex())) {
                    Row to = rows.get(key(peer.inode(), peer.ifindex()));
                    if (to != null) {
                        edges.append(veth(from, to));
                    }
                }
                if (link.master() != null) {
                    ns.link(link.master()).map(m -> rows.get(key(ns.inode(), m.ifindex())))
                            .ifPresent(master -> edges.append(port(from, master)));
                }
            }
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + y
                + "\" viewBox=\"0 0 " + width + " " + y + "\" font-family=\"sans-serif\" font-size=\"13\">");
        out.println("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        out.print(body);
        out.print(edges);
        out.println("</svg>");
    }

    /** Draws one namespace box at (x, y) and returns its height. */
    private static int drawNamespace(NamespaceNode ns, int x, int y, StringBuilder svg, Map<String, Row> rows) {
        List<LinkNode> ordered = new ArrayList<>();
        Map<LinkNode, Integer> depth = new HashMap<>();
        for (LinkNode link : ns.links()) {
            if (link.master() == null || ns.link(link.master()).isEmpty()) {
                addTree(ns, link, 0, ordered, depth);
            }
        }
        int height = HEADER + PADDING;
        for (LinkNode link : ordered) {
            height += (link.vxlan() != null ? VXLAN_ROW : ROW) + 6;
        }
        svg.append("<g class=\"namespace\">\n");
        svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"8\" fill=\"#eef3fb\" "
                + "stroke=\"#4a6fa5\" stroke-width=\"2\"/>%n", x, y, BOX_WIDTH, height));
        svg.append(String.format("<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                x + PADDING, y + 22, escape(ns.name())));
        int rowY = y + HEADER;
        for (LinkNode link : ordered) {
            int indent = depth.get(link) * INDENT;
            int rowHeight = link.vxlan() != null ? VXLAN_ROW : ROW;
            Row row = new Row(x + PADDING + indent, rowY, BOX_WIDTH - 2 * PADDING - indent, rowHeight);
            rows.put(key(ns.inode(), link.ifindex()), row);
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" "
                    + "stroke=\"#555555\"/>%n", row.x(), row.y(), row.width(), row.height(), fill(link)));
            String title = link.name() + (link.kind() != null ? " (" + link.kind() + ")" : "");
            svg.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>%n", row.x() + 8, row.y() + 19,
                    escape(title)));
            if (link.vxlan() != null) {
                String remotes = link.vxlan().remotes().stream().map(InetFormat::ntop)
                        .collect(Collectors.joining(", "));
                svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", row.x() + 8,
                        row.y() + 37, escape("VNI " + link.vxlan().vni() + (remotes.isEmpty() ? "" : " → " + remotes))));
            }
            rowY += rowHeight + 6;
        }
        svg.append("</g>\n");
        return height;
    }

    private static void addTree(NamespaceNode ns, LinkNode link, int level, List<LinkNode> ordered,
                                Map<LinkNode, Integer> depth) {
        ordered.add(link);
        depth.put(link, level);
        for (LinkNode port : ns.ports(link.name())) {
            addTree(ns, port, level + 1, ordered, depth);
        }
    }

    private static String fill(LinkNode link) {
        if (link.kind() == null) {
            return "#f4f4f4";
        }
        return switch (link.kind()) {
            case "bridge" -> "#fde9c8";
            case "veth" -> "#dff3df";
            case "vxlan" -> "#f3dff0";
            default -> "#ffffff";
        };
    }

    /**
     * A veth pair: a straight line between the facing edges of two rows in different columns, a
     * curve out to the right and back for two rows in the same column (the same box, or boxes
     * stacked in one column).
     */
    private static String veth(Row a, Row b) {
        if (a.x() + a.width() == b.x() + b.width() || a.x() == b.x()) {
            int right = Math.max(a.x() + a.width(), b.x() + b.width());
            return String.format("<path class=\"veth\" d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" "
                    + "stroke=\"#2e7d32\" stroke-width=\"2\"/>%n", right, a.centreY(), right + 28, a.centreY(),
                    right + 28, b.centreY(), right, b.centreY());
        }
        Row left = a.x() < b.x() ? a : b;
        Row right = left == a ? b : a;
        return String.format("<line class=\"veth\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#2e7d32\" "
                + "stroke-width=\"2\"/>%n", left.x() + left.width(), left.centreY(), right.x(), right.centreY());
    }

    /** Bridge membership: a dashed curve on the left from the port to its master. */
    private static String port(Row port, Row master) {
        return String.format("<path class=\"port\" d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" "
                + "stroke=\"#b26a00\" stroke-dasharray=\"5,4\"/>%n", port.x(), port.centreY(), port.x() - 10,
                port.centreY(), master.x() - 10, master.centreY(), master.x(), master.centreY());
    }

    private static String key(long inode, int index) {
        return inode + ":" + index;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

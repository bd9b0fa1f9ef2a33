package io.jnetlink.examples.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.examples.Main;
import io.jnetlink.examples.cli.Console;
import io.jnetlink.examples.overlay.OverlayLab;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code topology} on {@code overlay-lab up} (under a prefix unique to this run, taken down after):
 * each host's overlay namespaces have {@code br0}, {@code vxlan0} with the lab's VNI and one veth
 * per endpoint, each paired with the endpoint's {@code ethN} as ip reports both ends; and the SVG,
 * rendered by headless Chromium, is a real picture of it. The PNG is kept as a build artifact:
 * {@code examples/target/topology-render/overlay-lab.png}, next to the SVG it was drawn from.
 */
class OverlayLabTopologyTest {
    private static final Path ARTIFACTS = Path.of("target", "topology-render");
    private static String prefix;

    @BeforeAll
    static void up() {
        Privileges.requireNetAdmin();
        prefix = "jnlt-ovtopo-" + ProcessHandle.current().pid() + "-";
        Outcome up = lab("up");
        assertEquals(0, up.status(), up.output());
    }

    @AfterAll
    static void down() {
        if (prefix != null) {
            Outcome down = lab("down");
            assertEquals(0, down.status(), down.output());
            assertEquals(List.of(), labNamespaces());
        }
    }

    @Test
    void eachOverlayNamespaceHasItsBridgeVxlanAndOneVethPerEndpointAsIpSees() throws Exception {
        OverlayGraphCheck graph = new OverlayGraphCheck(topology("--format", "json").ok(), OverlayLabTopologyTest::ip);
        assertEquals(new HashSet<>(labNamespaces()), new HashSet<>(graph.namespaces()));
        for (String host : List.of("manager", "worker")) {
            String h = prefix + host;
            OverlayGraphCheck.Overlay uberSvc = graph.assertOverlay(h + "-1-uber-svc");
            assertEquals(4097, uberSvc.vni());
            assertEquals(List.of(h + "-uber-svc.1:eth1"), uberSvc.ends(), "the container's eth1");
            OverlayGraphCheck.Overlay ingress = graph.assertOverlay(h + "-1-ingress");
            assertEquals(4096, ingress.vni());
            assertEquals(List.of(h + "-ingress_sbox:eth0", h + "-uber-svc.1:eth0"), ingress.ends(),
                    "ingress_sbox and the container, each by eth0");
        }
    }

    @Test
    void theSvgRendersToAPictureOfEveryBoxAndRow() throws Exception {
        HeadlessChromium.require();
        String svg = topology("--format", "svg").ok();
        Files.createDirectories(ARTIFACTS);
        Path svgFile = ARTIFACTS.resolve("overlay-lab.svg");
        Path png = ARTIFACTS.resolve("overlay-lab.png");
        Files.writeString(svgFile, svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        int width = Integer.parseInt(root.getAttribute("width"));
        int height = Integer.parseInt(root.getAttribute("height"));

        HeadlessChromium.screenshot(svgFile, width, height, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not an image ImageIO can decode");
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    inked++;
                }
            }
        }
        assertTrue(inked > (long) width * height / 5, "most of a page of boxes is not white: " + inked + " pixels");
        assertTrue(colours.size() >= 6, "boxes, rows of three kinds, lines and text: " + colours.size() + " colours");

        // Each filled rectangle of the SVG (ten namespace boxes and their link rows) shows its fill
        // colour just inside its top-right corner, away from text and from where veth lines attach.
        NodeList rects = root.getElementsByTagName("rect");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.hasAttribute("x")) {
                continue; // the full-page background
            }
            int x = Integer.parseInt(rect.getAttribute("x")) + Integer.parseInt(rect.getAttribute("width")) - 6;
            int y = Integer.parseInt(rect.getAttribute("y")) + 4;
            int expected = Integer.parseInt(rect.getAttribute("fill").substring(1), 16);
            int actual = image.getRGB(x, y) & 0xffffff;
            checked++;
            if (!close(expected, actual)) {
                wrong.add(String.format("(%d,%d) #%06x not #%06x", x, y, actual, expected));
            }
        }
        assertTrue(checked > 40, "ten namespaces and their rows: " + checked);
        assertTrue(wrong.size() * 10 <= checked, "fills missing from the picture (a line may cross one or two): "
                + wrong);
    }

    /** Equal colours, within what anti-aliasing of a nearby edge may change. */
    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }

    /** {@code topology ARGS} over the lab's namespaces only. */
    private static Outcome topology(String... args) {
        List<String> line = new ArrayList<>(List.of("topology"));
        for (String ns : labNamespaces()) {
            line.addAll(List.of("--netns-file", NetNs.DEFAULT_DIR.resolve(ns).toString()));
        }
        line.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(line, Console.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Outcome lab(String action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            int status = OverlayLab.run(new String[] {"--prefix", prefix, action}, print, print);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), "");
        }
    }

    /** iproute2 here, where the lab's namespaces are named. */
    private static String ip(String... args) {
        List<String> line = new ArrayList<>(List.of("ip"));
        line.addAll(List.of(args));
        return Shell.run(line.toArray(String[]::new));
    }

    private static List<String> labNamespaces() {
        return NetNs.list().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
    }

    /** A finished command: status, output and errors. */
    private record Outcome(int status, String output, String errors) {
        String ok() {
            assertEquals(0, status, errors);
            return output;
        }
    }
}

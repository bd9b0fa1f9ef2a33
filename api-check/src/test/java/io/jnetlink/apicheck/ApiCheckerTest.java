package io.jnetlink.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker itself, on two versions of a small library compiled here: what it lists, and what
 * it reports between them.
 */
class ApiCheckerTest {
    private static final String V1 = """
            package lib;
            public class Widget {
                public static final int LIMIT = 10;
                public static final String NAME = "w\\"1";
                protected int size;
                public Widget(String name) { }
                public int count() { return 0; }
                public void reset() { }
                public java.util.List<String> names(java.util.Map<String, Integer> byName) { return null; }
                @SafeVarargs public static <T extends Comparable<T>> T max(T... values) { return null; }
                void packagePrivate() { }
                private void hidden() { }
                @Override public String toString() { return ""; }
                public static class Options { public Options() { } }
                static class Hidden { public void visibleOnlyInside() { } }
            }
            """;

    /** count() returns long, reset() is gone, rename(String) and a constant are new. */
    private static final String V2 = """
            package lib;
            public class Widget {
                public static final int LIMIT = 10;
                public static final String NAME = "w\\"1";
                public static final int ADDED = 1;
                protected int size;
                public Widget(String name) { }
                public long count() { return 0; }
                public void rename(String name) { }
                public java.util.List<String> names(java.util.Map<String, Integer> byName) { return null; }
                @SafeVarargs public static <T extends Comparable<T>> T max(T... values) { return null; }
                public static class Options { public Options() { } }
            }
            """;

    @Test
    void listsTheAccessibleElementsWithTheirSignatures(@TempDir Path dir) throws Exception {
        List<String> api = dump(dir.resolve("v1"), V1);
        assertEquals(List.of(
                "lib.Widget constructor public Widget(java.lang.String)",
                "lib.Widget field protected int size",
                "lib.Widget field public static final int LIMIT = 10",
                "lib.Widget field public static final java.lang.String NAME = \"w\\\"1\"",
                "lib.Widget method public int count()",
                "lib.Widget method public java.util.List<java.lang.String> names(java.util.Map<java.lang.String, java.lang.Integer>)",
                "lib.Widget method public static <T extends java.lang.Comparable<T>> T max(T...)",
                "lib.Widget method public void reset()",
                "lib.Widget type public class",
                "lib.Widget$Options constructor public Options()",
                "lib.Widget$Options type public static class"), api);
    }

    @Test
    void publicMethodsOfAPackagePrivateSuperclassAreTheSubclasssApi(@TempDir Path dir) throws Exception {
        List<String> api = dump(dir.resolve("inherits"), """
                package lib;
                public class Widget extends Base {
                    public void own() { }
                }
                class Base {
                    public void shared() { }
                    void packagePrivate() { }
                }
                """);
        assertTrue(api.contains("lib.Widget method public void shared()"), api.toString());
        assertTrue(api.contains("lib.Widget method public void own()"), api.toString());
        assertTrue(api.stream().noneMatch(line -> line.startsWith("lib.Base") || line.contains("packagePrivate")),
                api.toString());
    }

    @Test
    void removedMethodAndChangedReturnTypeAreReportedAnAddedMethodIsNot(@TempDir Path dir) throws Exception {
        List<String> baseline = dump(dir.resolve("v1"), V1);
        List<String> current = dump(dir.resolve("v2"), V2);

        List<ApiDiff.Change> changes = ApiDiff.incompatible(baseline, current);
        assertEquals(2, changes.size(), changes.toString());
        ApiDiff.Change changed = changes.get(0);
        assertEquals("lib.Widget method public int count()", changed.baseline());
        assertEquals("lib.Widget method public long count()", changed.current());
        ApiDiff.Change removed = changes.get(1);
        assertEquals("lib.Widget method public void reset()", removed.baseline());
        assertNull(removed.current());

        assertEquals(List.of("lib.Widget field public static final int ADDED = 1",
                "lib.Widget method public long count()",
                "lib.Widget method public void rename(java.lang.String)"), ApiDiff.added(baseline, current));
        assertTrue(changes.stream().noneMatch(c -> c.baseline().contains("rename")), "an addition is no change");

        String report = ApiDiff.report("lib", "api/lib.api", changes, "regenerate");
        assertTrue(report.contains("2 elements removed or changed"), report);
        assertTrue(report.contains("  changed: lib.Widget method public int count()\n      now: lib.Widget method public long count()"), report);
        assertTrue(report.contains("  removed: lib.Widget method public void reset()"), report);
        assertTrue(report.endsWith("regenerate\n"), report);
    }

    @Test
    void onlyAdditionsAreCompatible(@TempDir Path dir) throws Exception {
        List<String> baseline = dump(dir.resolve("v1"), V1);
        List<String> current = new ArrayList<>(baseline);
        current.add("lib.Widget method public void later()");
        assertEquals(List.of(), ApiDiff.incompatible(baseline, current));
        assertEquals(List.of("lib.Widget method public void later()"), ApiDiff.added(baseline, current));
    }

    @Test
    void aChangedConstantOrModifierIsAChange() {
        List<String> baseline = List.of("lib.A field public static final int LIMIT = 10", "lib.A type public class");
        List<String> current = List.of("lib.A field public static final int LIMIT = 11", "lib.A type public final class");
        List<ApiDiff.Change> changes = ApiDiff.incompatible(baseline, current);
        assertEquals(List.of(new ApiDiff.Change(baseline.get(0), current.get(0)),
                new ApiDiff.Change(baseline.get(1), current.get(1))), changes);
    }

    @Test
    void overloadsAreDifferentElements() {
        assertEquals("lib.A method f(java.util.List, int)",
                ApiDiff.key("lib.A method public static <T> java.util.Map<T, java.lang.String> f(java.util.List<T>, int)"));
        List<ApiDiff.Change> changes = ApiDiff.incompatible(List.of("lib.A method public void f(int)"),
                List.of("lib.A method public void f(long)"));
        assertTrue(changes.get(0).removed(), "f(int) is gone even though f(long) is there");
    }

    @Test
    void sameClassesGiveTheSameLines(@TempDir Path dir) throws Exception {
        assertEquals(dump(dir.resolve("a"), V1), dump(dir.resolve("b"), V1));
    }

    /** Compiles {@code source} (one class of package lib) into {@code dir} and lists its API. */
    private static List<String> dump(Path dir, String source) throws IOException {
        Path file = dir.resolve("src/lib/Widget.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), file.toString());
        assertEquals(0, rc, "javac");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replaceAll("\\.class$", "").replace('/', '.'))
                    .collect(Collectors.toList());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return ApiDump.classes(loader, names);
        }
    }
}

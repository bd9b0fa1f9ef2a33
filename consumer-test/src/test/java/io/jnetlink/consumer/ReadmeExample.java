package io.jnetlink.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's "Use it as a dependency" section as a user copies it: its first {@code xml} block
 * (the {@code <dependency>} elements) and its first {@code java} block (a whole source file).
 *
 * @param dependencies the xml block's text, without the fences
 * @param javaSource   the java block's text, without the fences
 */
record ReadmeExample(String dependencies, String javaSource) {
    static final String SECTION = "## Use it as a dependency";

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

    /** Reads the section from {@code readme}; fails when the section or one of its blocks is missing. */
    static ReadmeExample read(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            throw new AssertionError(readme + " has no line '" + SECTION + "'");
        }
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        return new ReadmeExample(block(section, "xml"), block(section, "java"));
    }

    /** The fully qualified name of the class the java block declares. */
    String mainClass() {
        return packageName() + "." + find(CLASS, "a 'public class' declaration");
    }

    /** Where the java block goes under a Maven project's {@code src/main/java}. */
    Path sourcePath() {
        return Path.of(packageName().replace('.', '/'), find(CLASS, "a 'public class' declaration") + ".java");
    }

    private String packageName() {
        return find(PACKAGE, "a package declaration");
    }

    private String find(Pattern pattern, String what) {
        Matcher m = pattern.matcher(javaSource);
        if (!m.find()) {
            throw new AssertionError("the README's java block has no " + what);
        }
        return m.group(1);
    }

    private static String block(String section, String language) {
        String fence = "\n```" + language + "\n";
        int open = section.indexOf(fence);
        if (open < 0) {
            throw new AssertionError("section '" + SECTION + "' has no ```" + language + " block");
        }
        int body = open + fence.length();
        int close = section.indexOf("\n```\n", body - 1);
        if (close < 0) {
            throw new AssertionError("the ```" + language + " block in '" + SECTION + "' is not closed");
        }
        return section.substring(body, close + 1);
    }
}

package io.jnetlink.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's "Use it as a dependency" section as a user copies it: its first {@code xml} block
 * (the {@code <properties>} and {@code <dependencies>} elements a new project's pom needs) and its first {@code java} block (a whole source file); and
 * the "API tour" section's {@code java} block (imports, then statements).
 *
 * @param dependencies the xml block's text, without the fences
 * @param javaSource   the java block's text, without the fences
 * @param apiTour      the API tour's java block, without the fences
 */
record ReadmeExample(String dependencies, String javaSource, String apiTour) {
    static final String SECTION = "## Use it as a dependency";
    static final String API_TOUR_SECTION = "## API tour";
    /** Where {@link #apiTourSource()} goes under {@code src/main/java}. */
    static final Path API_TOUR_PATH = Path.of("readme", "ApiTour.java");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

    /** Reads the section from {@code readme}; fails when the section or one of its blocks is missing. */
    static ReadmeExample read(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String section = section(text, SECTION);
        return new ReadmeExample(block(section, "xml"), block(section, "java"),
                block(section(text, API_TOUR_SECTION), "java"));
    }

    /**
     * The API tour as a compilable file: its import lines, then its statements as the body of a
     * method (never run: the build proves it compiles against the published artifacts).
     */
    String apiTourSource() {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : apiTour.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return "package readme;\n\n" + imports + "\nfinal class ApiTour {\n    static void tour() throws Exception {\n"
                + body + "    }\n}\n";
    }

    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("README.md has no line '" + heading + "'");
        }
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
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
            throw new AssertionError("a README section has no ```" + language + " block");
        }
        int body = open + fence.length();
        int close = section.indexOf("\n```\n", body - 1);
        if (close < 0) {
            throw new AssertionError("a ```" + language + " block in the README is not closed");
        }
        return section.substring(body, close + 1);
    }
}

package com.nordhost.clientarea.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Swedish says two-factor authentication one way, the help article's: "tvåfaktorsautentisering" (decision 0048).
 * Every Swedish text of the product is scanned (both apps' translations, the domain's event texts and the notice
 * templates, and any Swedish file added later), from the source tree, so one test covers all modules.
 */
class SwedishTermTest {

    static final String TERM = "tvåfaktorsautentisering";
    /** The other ways it was said: "tvåstegsverifiering", "två steg", "2-stegs…". */
    static final Pattern OTHER_TERM = Pattern.compile("(?iu)tvåsteg|två steg|2-steg|tvåfaktorsverifiering");

    @Test
    void every_swedish_text_says_tvåfaktorsautentisering_and_never_the_other_term() throws IOException {
        List<Path> swedish = swedishFiles(repositoryRoot());
        assertThat(swedish.stream().map(p -> p.getFileName().toString()))
                .as("the files scanned")
                .contains("translations_sv.properties", "EventTexts_sv.properties", "SecurityNotices_sv.properties");
        assertThat(swedish.stream().filter(p -> p.getFileName().toString().equals("translations_sv.properties")))
                .as("both apps' translations").hasSize(2);

        List<String> offending = new ArrayList<>();
        for (Path file : swedish) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher other = OTHER_TERM.matcher(lines.get(i));
                if (other.find()) {
                    offending.add(file.getFileName() + ":" + (i + 1) + " says \"" + other.group() + "\"");
                }
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8).toLowerCase()).as(file.toString())
                    .contains(TERM);
        }
        assertThat(offending).as("Swedish texts with another term than \"%s\"", TERM).isEmpty();
    }

    @Test
    void the_scan_finds_the_other_term() {
        assertThat(OTHER_TERM.matcher("Tvåstegsverifieringen är påslagen").find()).isTrue();
        assertThat(OTHER_TERM.matcher("inloggning i två steg").find()).isTrue();
        assertThat(OTHER_TERM.matcher("Tvåfaktorsautentiseringen är påslagen").find()).isFalse();
    }

    /** Every {@code *_sv.properties} under a module's {@code src/main/resources}. */
    static List<Path> swedishFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 12)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_sv.properties"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().toList();
        }
    }

    /** The reactor's root: the nearest folder up from here holding both app modules. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("app-domain")) && Files.isDirectory(dir.resolve("app-ui")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}

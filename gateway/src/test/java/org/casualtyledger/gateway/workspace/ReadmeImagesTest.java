package org.casualtyledger.gateway.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's tour embeds screenshots of the workspace: each one it names is in the repository. */
class ReadmeImagesTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    void everyImageTheReadmeEmbedsIsInTheRepository() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        List<String> images = IMAGE.matcher(readme).results().map(m -> m.group(1)).toList();

        assertFalse(images.isEmpty(), "the README's tour shows the workspace");
        assertEquals(List.of(), images.stream().filter(p -> !Files.isRegularFile(root.resolve(p))).toList(),
                "images the README embeds that are not in the repository");
    }
}

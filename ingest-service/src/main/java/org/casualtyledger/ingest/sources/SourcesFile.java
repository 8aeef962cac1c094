package org.casualtyledger.ingest.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a file of sources at start (a JSON array of the same objects POST /sources takes; in Kubernetes a
 * ConfigMap): each source is added, or its settings brought up to date. Sources added through the API stay.
 * An invalid file stops the start, so that a typo is seen at once and not as a source that is never polled.
 */
@ApplicationScoped
public class SourcesFile {
    private static final Logger LOG = Logger.getLogger(SourcesFile.class);

    private final SourceService sources;
    private final ObjectMapper json;
    private final Optional<Path> file;

    public SourcesFile(SourceService sources, ObjectMapper json, @ConfigProperty(name = "ledger.sources.file") Optional<Path> file) {
        this.sources = sources;
        this.json = json;
        this.file = file;
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        if (file.isEmpty()) {
            return;
        }
        List<SourceInput> inputs = read(file.get());
        for (SourceInput input : inputs) {
            SourceSettings settings = SourceSettings.check(input);
            VertxContextSupport.subscribeAndAwait(() -> sources.put(settings));
        }
        LOG.infof("Applied %d source(s) from %s", inputs.size(), file.get());
    }

    List<SourceInput> read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("the sources file " + path + " (ledger.sources.file) does not exist");
        }
        return json.readValue(path.toFile(), new TypeReference<List<SourceInput>>() { });
    }
}

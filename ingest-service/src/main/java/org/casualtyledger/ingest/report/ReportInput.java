package org.casualtyledger.ingest.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casualtyledger.validation.PublishedInRange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulletin as submitted. */
@Schema(name = "ReportInput", description = "A bulletin to ingest or to extract from",
        example = "{\"source\":\"SOHR\",\"url\":\"https://example.org/2019/01/26/baghuz\",\"title\":\"Clashes east of the Euphrates\","
                + "\"publishedAt\":\"2019-01-26\",\"language\":\"en\",\"text\":\"At least 12 members of the organization were killed in Al-Baghuz.\"}")
public record ReportInput(
        @Schema(description = "The monitor that published the report", example = "SOHR")
        @NotBlank @Size(max = 100) String source,
        @Schema(description = "Where the report was published", example = "https://example.org/2019/01/26/baghuz")
        @Size(max = 2000) String url,
        @Schema(description = "Report title", example = "Clashes east of the Euphrates")
        @Size(max = 1000) String title,
        @Schema(description = "Publication date (YYYY-MM-DD); relative dates in the text are read against it. Defaults to the day received. From 1900-01-01 to a day after today.",
                example = "2019-01-26")
        @PublishedInRange LocalDate publishedAt,
        @Schema(description = "ISO 639-1 language code; the extractor reads English", example = "en", defaultValue = "en")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language code such as en") String language,
        @Schema(description = "The report text", example = "At least 12 members of the organization were killed in Al-Baghuz.")
        @NotBlank String text) {

    public String languageOrDefault() {
        return language == null ? "en" : language;
    }
}

package org.casualtyledger.gateway.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the audit trail, newest first. */
@Schema(description = "One page of the audit trail, newest first")
public record AuditPage(List<AuditEntry> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
                        @Schema(description = "Entries over all pages", example = "12") long total) {

    public String csv() {
        return AuditCsv.of(items);
    }
}

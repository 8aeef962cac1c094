package org.casualtyledger.gateway.audit;

import java.util.List;

/** The audit trail as CSV (RFC 4180: fields with a comma, quote or line break are quoted). */
final class AuditCsv {
    static final String HEADER = "at,kind,author,source,subject,what,why,state";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(String.join(",", field(e.at().toString()), field(e.kind()), field(e.author()), field(e.source()),
                    field(e.subject()), field(e.what()), field(e.why()), field(e.state()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

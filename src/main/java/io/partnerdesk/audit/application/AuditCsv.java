package io.partnerdesk.audit.application;

import io.partnerdesk.audit.domain.AuditRecord;
import java.util.List;

/**
 * Audit records as CSV (RFC 4180). Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return) get a leading apostrophe, so an exported value can never
 * execute.
 */
public final class AuditCsv {

    public static final String HEADER = "id,at,actor,action,resourceType,resourceId,customerId,oldValue,newValue";

    private AuditCsv() {}

    public static String row(AuditRecord r) {
        return String.join(
                ",",
                List.of(
                        cell(r.getId()),
                        cell(r.getAt()),
                        cell(r.getActor()),
                        cell(r.getAction()),
                        cell(r.getResourceType()),
                        cell(r.getResourceId()),
                        cell(r.getCustomerId()),
                        cell(r.getOldValue()),
                        cell(r.getNewValue())));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

package io.partnerdesk.audit.application;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.SystemText;
import java.util.List;

/**
 * Audit records as CSV (RFC 4180). A spreadsheet runs a cell as a formula when it starts with =, +,
 * -, @, a tab or a carriage return, and one that guesses the separator (a comma, a semicolon as in
 * Turkish or German settings, a tab) may split a cell anywhere such a character stands. So every
 * such trigger, at the start of the cell or after any separator-like character inside it (spaces
 * between them included), gets an apostrophe before it, and an exported value can never execute.
 */
public final class AuditCsv {

    public static final String HEADER = "id,at,actor,action,resourceType,resourceId,customerId,oldValue,newValue";

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";
    private static final String SEPARATORS = ",;\t\r\n|\"";

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
                        cell(english(r.getOldValue())),
                        cell(english(r.getNewValue()))));
    }

    /** A value as the export gives it: in English, whatever language its readers on the pages read. */
    private static String english(String stored) {
        return stored == null ? null : SystemText.english(stored);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = defused(value.toString());
        if (text.contains(",")
                || text.contains(";")
                || text.contains("\t")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String defused(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean cellMayStartHere = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellMayStartHere && c == ' ') {
                out.append(c);
                continue;
            }
            if (cellMayStartHere && FORMULA_TRIGGERS.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
            cellMayStartHere = SEPARATORS.indexOf(c) >= 0;
        }
        return out.toString();
    }
}

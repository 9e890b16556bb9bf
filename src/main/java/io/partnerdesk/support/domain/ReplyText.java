package io.partnerdesk.support.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in a reply to a notification e-mail, without what their mail program quoted
 * below it: everything above the notification's marker line (in any language), the first quoted line, or the line that
 * introduces the quote ("On … wrote:", "… tarihinde … yazdı:", "-----Original Message-----", an
 * Outlook header block), and above a signature separator ("-- ").
 */
public final class ReplyText {

    /**
     * The shape of the line every notification e-mail that can be answered starts with, in any
     * language: "## Reply above this line to add a note to the request ##".
     */
    private static final Pattern MARKER = Pattern.compile("^##.*##$");

    private static final Pattern QUOTE_INTRO = Pattern.compile(
            "(?i)^(on .+ wrote:|.+ tarihinde .+ yazd\u0131:|.+ (schrieb|a \u00e9crit)\\s?:|-{2,}\\s*original message\\s*-{2,}"
                    + "|_{5,}|(from|kimden):\\s.+)\\s*$");

    private ReplyText() {}

    /** The reply's own text, trimmed; empty when the person wrote nothing above the quote. */
    public static String of(String body) {
        if (body == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (MARKER.matcher(trimmed).matches()
                    || trimmed.startsWith(">")
                    || trimmed.equals("--")
                    || line.equals("-- ")
                    || QUOTE_INTRO.matcher(trimmed).matches()) {
                break;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }
}

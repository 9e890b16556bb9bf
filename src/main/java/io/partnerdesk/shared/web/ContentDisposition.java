package io.partnerdesk.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download: a file to save, never a page to show. */
public final class ContentDisposition {

    private ContentDisposition() {}

    /**
     * {@code attachment} with the file's name in ASCII for old clients (any other character, quote
     * and backslash replaced by {@code _}) and exactly, percent-encoded as UTF-8, for the rest (RFC 6266).
     */
    public static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package io.partnerdesk.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A page's action answering with a CSV file to download instead of the page. */
public final class CsvDownload {

    private CsvDownload() {}

    /** Sends {@code csv} as the file {@code fileName} and ends the Faces request. */
    public static void send(String fileName, String csv) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        // The reset dropped the headers every answer carries; the download is someone's data too.
        SecurityHeaders.fromConfiguration()
                .applyTo((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        external.setResponseContentType("text/csv;charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        context.responseComplete();
    }
}

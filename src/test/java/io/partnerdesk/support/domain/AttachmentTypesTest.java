package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.support.domain.AttachmentTypes.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which files may be attached: what they are decides, whatever they are called; and how they are named. */
class AttachmentTypesTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void programsAreRefusedWhateverTheirName() {
        assertThat(AttachmentTypes.refusal("invoice.pdf", text("MZ\u0000\u0001")))
                .contains(Refusal.EXECUTABLE);
        assertThat(AttachmentTypes.refusal("photo.jpg", bytes(0x7F, 'E', 'L', 'F', 2, 1)))
                .contains(Refusal.EXECUTABLE);
        assertThat(AttachmentTypes.refusal("a.txt", bytes(0xCF, 0xFA, 0xED, 0xFE, 7)))
                .contains(Refusal.EXECUTABLE);
        assertThat(AttachmentTypes.refusal("a.txt", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0)))
                .contains(Refusal.EXECUTABLE);
        byte[] jar = new byte[60];
        System.arraycopy(bytes('P', 'K', 3, 4), 0, jar, 0, 4);
        jar[26] = 20;
        System.arraycopy(text("META-INF/MANIFEST.MF"), 0, jar, 30, 20);
        assertThat(AttachmentTypes.refusal("report.zip", jar)).contains(Refusal.EXECUTABLE);
    }

    @Test
    void scriptsAreRefusedByTheirFirstLineOrTheirName() {
        assertThat(AttachmentTypes.refusal("notes.txt", text("#!/bin/sh\nrm -rf /")))
                .contains(Refusal.SCRIPT);
        assertThat(AttachmentTypes.refusal("readme", text("\uFEFF  @ECHO OFF\r\ndel x")))
                .contains(Refusal.SCRIPT);
        assertThat(AttachmentTypes.refusal("page.txt", text("<?php system($_GET['c']);")))
                .contains(Refusal.SCRIPT);
        assertThat(AttachmentTypes.refusal("clean.PS1", text("just text"))).contains(Refusal.SCRIPT);
        assertThat(AttachmentTypes.refusal("setup.exe. ", text("just text"))).contains(Refusal.EXECUTABLE);
    }

    @Test
    void documentsImagesAndLogsAreAccepted() {
        assertThat(AttachmentTypes.refusal("shot.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')))
                .isEmpty();
        assertThat(AttachmentTypes.refusal("doc.pdf", text("%PDF-1.7\n"))).isEmpty();
        assertThat(AttachmentTypes.refusal("sign-in.log", text("2026-12-03 error: AADSTS50126")))
                .isEqualTo(Optional.empty());
        byte[] docx = new byte[60];
        System.arraycopy(bytes('P', 'K', 3, 4), 0, docx, 0, 4);
        docx[26] = 19;
        System.arraycopy(text("[Content_Types].xml"), 0, docx, 30, 19);
        assertThat(AttachmentTypes.refusal("offer.docx", docx)).isEmpty();
        assertThat(AttachmentTypes.refusal("mz.txt", text("mz is a word"))).isEmpty();
    }

    @Test
    void namesKeepTheirLastPartWithoutControlCharactersAndTypesTheirMediaTypeOnly() {
        assertThat(Attachment.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.cleanFileName("C:\\Users\\ana\\shot.png")).isEqualTo("shot.png");
        assertThat(Attachment.cleanFileName("a\u0000b\r\n\"c\u202E.txt")).isEqualTo("abc.txt");
        assertThat(Attachment.cleanFileName("  ")).isEqualTo("attachment");
        assertThat(Attachment.cleanFileName("..")).isEqualTo("attachment");
        assertThat(Attachment.cleanFileName("x".repeat(300))).hasSize(Attachment.MAX_FILE_NAME);
        assertThat(Attachment.cleanContentType("Image/PNG; name=x")).isEqualTo("image/png");
        assertThat(Attachment.cleanContentType("text/html\r\nSet-Cookie: a=b")).isEqualTo("application/octet-stream");
        assertThat(Attachment.cleanContentType(null)).isEqualTo("application/octet-stream");
    }
}

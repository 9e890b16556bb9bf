package io.partnerdesk.support.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files are refused as attachments: programs and scripts, which a colleague could run by
 * opening them. Decided by what the file's first bytes are (its name can say anything), and by its
 * name as well, since a script is plain text that no first bytes betray for sure.
 */
public final class AttachmentTypes {

    /** How many of a file's first bytes the decision reads. */
    public static final int HEAD_BYTES = 1024;

    /** Why a file is refused. */
    public enum Refusal {
        EXECUTABLE,
        SCRIPT
    }

    private static final Set<String> EXECUTABLE_NAMES = Set.of(
            "exe", "dll", "com", "scr", "pif", "cpl", "msi", "msp", "msc", "sys", "drv", "ocx", "lnk", "jar", "class",
            "apk", "app", "dmg", "pkg", "deb", "rpm", "so", "dylib");
    private static final Set<String> SCRIPT_NAMES = Set.of(
            "bat",
            "cmd",
            "ps1",
            "psm1",
            "psd1",
            "vbs",
            "vbe",
            "js",
            "jse",
            "mjs",
            "wsf",
            "wsh",
            "hta",
            "sh",
            "bash",
            "zsh",
            "csh",
            "ksh",
            "py",
            "pyw",
            "pl",
            "rb",
            "php",
            "reg",
            "inf",
            "scf",
            "url",
            "desktop",
            "applescript",
            "command");
    /** How text scripts begin, lowercase, after any byte-order mark and white space. */
    private static final String[] SCRIPT_STARTS = {
        "#!",
        "@echo ",
        "@echo\t",
        "@echo\r",
        "@echo\n",
        "<?php",
        "<script",
        "<job",
        "<package",
        "<hta:",
        "[internetshortcut]"
    };

    private AttachmentTypes() {}

    /** Why a file with this name and these first bytes is refused; empty when it may be attached. */
    public static Optional<Refusal> refusal(String fileName, byte[] head) {
        Optional<Refusal> byContent = byContent(head);
        return byContent.isPresent() ? byContent : byName(fileName);
    }

    static Optional<Refusal> byName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        // Trailing dots and spaces are dropped by Windows when it opens the file.
        while (name.endsWith(".") || name.endsWith(" ")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (EXECUTABLE_NAMES.contains(extension)) {
            return Optional.of(Refusal.EXECUTABLE);
        }
        return SCRIPT_NAMES.contains(extension) ? Optional.of(Refusal.SCRIPT) : Optional.empty();
    }

    static Optional<Refusal> byContent(byte[] head) {
        if (startsWith(head, 'M', 'Z') // Windows and DOS programs and libraries
                || startsWith(head, 0x7F, 'E', 'L', 'F') // Linux and Unix programs
                || startsWith(head, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(head, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(head, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(head, 0xCF, 0xFA, 0xED, 0xFE) // macOS programs
                || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE) // Java classes and macOS universal programs
                || startsWith(head, 'd', 'e', 'x', '\n') // Android programs
                || startsWith(head, 0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00) // Windows shortcuts
                || isJavaOrAndroidArchive(head)) {
            return Optional.of(Refusal.EXECUTABLE);
        }
        String text = leadingText(head);
        for (String start : SCRIPT_STARTS) {
            if (text.startsWith(start)) {
                return Optional.of(Refusal.SCRIPT);
            }
        }
        return Optional.empty();
    }

    /** A zip whose first entry is a Java manifest or an Android one: a program, not a document. */
    private static boolean isJavaOrAndroidArchive(byte[] head) {
        if (!startsWith(head, 'P', 'K', 3, 4) || head.length < 30) {
            return false;
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        int end = Math.min(head.length, 30 + nameLength);
        String first = new String(head, 30, Math.max(0, end - 30), StandardCharsets.ISO_8859_1);
        return first.startsWith("META-INF/") || first.equals("AndroidManifest.xml") || first.equals("classes.dex");
    }

    private static String leadingText(byte[] head) {
        int from = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text =
                new String(Arrays.copyOfRange(head, from, Math.min(head.length, from + 64)), StandardCharsets.UTF_8);
        return text.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package io.partnerdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The portal's message bundles as the tests read them: UTF-8, from the class path. */
public final class Bundles {

    private Bundles() {}

    /** The properties file {@code resource} (e.g. {@code i18n/messages_tr.properties}); fails when it is missing. */
    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

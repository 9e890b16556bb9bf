package io.partnerdesk.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortalDataSourceTest {

    @Test
    void aRelativeDataFolderIsTakenFromTheWorkingFolder() {
        String url = PortalDataSource.absoluteH2Path("jdbc:h2:file:data/partnerdesk;DB_CLOSE_ON_EXIT=FALSE");

        assertThat(url)
                .isEqualTo("jdbc:h2:file:" + Path.of("data/partnerdesk").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void anAbsoluteFolderAndOtherDatabasesAreLeftAsTheyAre() {
        assertThat(PortalDataSource.absoluteH2Path("jdbc:h2:file:/var/lib/pd/partnerdesk"))
                .isEqualTo("jdbc:h2:file:/var/lib/pd/partnerdesk");
        assertThat(PortalDataSource.absoluteH2Path("jdbc:postgresql://127.0.0.1/pd"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/pd");
    }
}

package io.partnerdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portal's stylesheet is plain CSS with no nesting: a rule left open swallows every rule after
 * it without a word from the browser (it once hid the badges, the SLA colours and the wrapping of
 * long addresses).
 */
class StylesheetTest {

    @Test
    void everyRuleOfTheStylesheetIsClosedBeforeTheNextOpens() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/resources/css/partnerdesk.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth)
                        .as("a rule opens inside another, line %d (comments removed)", line)
                        .isEqualTo(1);
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("a brace closes nothing, line %d (comments removed)", line)
                        .isZero();
            }
        }
        assertThat(depth).as("the last rule is left open").isZero();
    }
}

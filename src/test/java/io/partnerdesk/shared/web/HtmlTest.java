package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name put into markup stays text: nothing in it can open a tag or leave an attribute. */
class HtmlTest {

    @Test
    void everyCharacterThatCouldMakeMarkupIsWrittenAsAnEntity() {
        assertThat(Html.escape("<img src=x onerror=\"alert('R&D')\">"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;R&amp;D&#39;)&quot;&gt;");
        assertThat(Html.escape("Fabrikam Çözümleri")).isEqualTo("Fabrikam Çözümleri");
        assertThat(Html.escape(null)).isEmpty();
    }
}

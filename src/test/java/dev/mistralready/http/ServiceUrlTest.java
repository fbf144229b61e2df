package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceUrlTest {

    @Test
    void showsTheAddressWithoutItsQueryButSendsIt() {
        ServiceUrl url = ServiceUrl.parse(" HTTPS://App.Example.com:8443/health?token=abc#top ");

        assertThat(url.shownAs()).isEqualTo("https://app.example.com:8443/health?…");
        assertThat(url.target()).isEqualTo("HTTPS://App.Example.com:8443/health?token=abc");
        assertThat(url.query()).contains("token=abc");
        assertThat(url.host()).isEqualTo("App.Example.com");
    }

    @Test
    void explainsWithoutTheTextWhyAUrlCannotBeUsed() {
        assertThatThrownBy(() -> ServiceUrl.parse("app.example.com/health"))
                .isInstanceOfSatisfying(ServiceUrl.InvalidUrl.class, e -> assertThat(e.reason())
                        .isEqualTo("is not an http:// or https:// URL; expected an address such as "
                                + "https://app.example.com/health"));
        assertThatThrownBy(() -> ServiceUrl.parse("https:///health"))
                .hasMessage("`https:///health` names no host; expected an address such as https://app.example.com/health");
        assertThatThrownBy(() -> ServiceUrl.parse("http://exa mple.com"))
                .hasMessage("`http://exa mple.com` is not a URL; expected an address such as https://app.example.com/health");
    }
}

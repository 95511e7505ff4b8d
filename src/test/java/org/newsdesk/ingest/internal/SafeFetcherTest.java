package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.apache.hc.client5.http.DnsResolver;
import org.newsdesk.ingest.IngestException;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.testing.FixtureServer;
import org.springframework.util.unit.DataSize;

/** The outbound fetcher against the local fixture server, without Spring. */
class SafeFetcherTest {

    static NewsdeskProperties props(List<String> allowed) {
        var ingest = new NewsdeskProperties.Ingest(allowed, Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofMegabytes(10), 3,
                DataSize.ofMegabytes(2), "Newsdesk-test", false, Duration.ofSeconds(10), 1, Duration.ofMinutes(30), Duration.ofHours(6), 0.5);
        return new NewsdeskProperties(null, null, false, List.of("en"), null, "http://localhost", ingest, null);
    }

    final FixtureServer server = FixtureServer.shared();
    final SafeFetcher fetcher = new SafeFetcher(props(List.of("localhost:*")));
    final String run = FixtureServer.newRun();

    @Test
    void refusesAddressesThatAreNotPublic() throws Exception {
        for (String address : List.of("127.0.0.1", "127.8.8.8", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "169.254.10.10", "100.100.100.200", "fd00:ec2::254", "fe80::1", "fc00::5", "::ffff:127.0.0.1", "64:ff9b::a00:1",
                "2002:7f00:1::", "224.0.0.1", "168.63.129.16")) {
            assertThat(SafeFetcher.refusal(InetAddress.getByName(address))).as(address).isNotNull();
        }
        assertThat(SafeFetcher.refusal(InetAddress.getByName("169.254.169.254"))).isEqualTo("the cloud metadata address");
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1")) {
            assertThat(SafeFetcher.refusal(InetAddress.getByName(address))).as(address).isNull();
        }
    }

    @Test
    void onlyHttpAndHttpsAndNoLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> fetcher.get("file:///etc/passwd", Map.of())).isInstanceOf(IngestException.class).hasMessageContaining("Only http:// and https://");
        assertThatThrownBy(() -> fetcher.get("gopher://localhost/", Map.of())).hasMessageContaining("Only http:// and https://");
        assertThatThrownBy(() -> fetcher.get("http://127.0.0.1:" + server.port() + "/r/x/feeds/atom.xml", Map.of()))
                .hasMessageContaining("loopback").hasMessageContaining("NEWSDESK_INGEST_ALLOWED_HOSTS");
        assertThatThrownBy(() -> fetcher.get("http://169.254.169.254/latest/meta-data/", Map.of())).hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> fetcher.get("http://user:pw@localhost:" + server.port() + "/", Map.of())).hasMessageContaining("user name or password");
        assertThatThrownBy(() -> new SafeFetcher(props(List.of())).get(server.url(run, "feeds/atom.xml"), Map.of())).hasMessageContaining("loopback");
        assertThatThrownBy(() -> new SafeFetcher(props(List.of("*.example.org"))).get(server.url(run, "feeds/atom.xml"), Map.of()))
                .hasMessageContaining("loopback");
    }

    @Test
    void aFailedHttpsConnectionIsExplainedWithoutTheLibrarysWords() throws Exception {
        // https:// to a server that answers in plain HTTP on that port
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (java.net.Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes());
                } catch (java.io.IOException ignored) {
                    // the client went away first
                }
            });
            assertThatThrownBy(() -> fetcher.get("https://localhost:" + plain.getLocalPort() + "/feed.xml", Map.of()))
                    .isInstanceOf(IngestException.class)
                    .hasMessage("The secure (https) connection to localhost failed: the server does not speak https on that port "
                            + "(try http://, or the address without a port).");
        }
        assertThat(SafeFetcher.plainTlsProblem(new javax.net.ssl.SSLHandshakeException("PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target")))
                .isEqualTo("its certificate is not one Newsdesk can trust (self-signed, or from an unknown authority)");
        assertThat(SafeFetcher.plainTlsProblem(new javax.net.ssl.SSLHandshakeException("No subject alternative DNS name matching x.example found.")))
                .isEqualTo("its certificate is issued for another name");
        assertThat(SafeFetcher.plainConnectionProblem(new java.net.SocketException("Connection reset")))
                .isEqualTo("the server closed the connection before it finished answering");
    }

    /** A name service that gives {@code first} to the first question about a name and {@code then} to every later one. */
    static DnsResolver rebinding(String first, String then) {
        AtomicInteger asked = new AtomicInteger();
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return new InetAddress[] {InetAddress.getByName(asked.getAndIncrement() == 0 ? first : then)};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    @Test
    void aNameThatTurnsPrivateBetweenTheCheckAndTheConnectionIsRefused() {
        // DNS rebinding: public when checked, this machine when connected to
        SafeFetcher fooled = new SafeFetcher(props(List.of()), rebinding("93.184.216.34", "127.0.0.1"));
        String url = "http://rebind.test:" + server.port() + "/r/" + run + "/feeds/atom.xml";
        assertThatThrownBy(() -> fooled.get(url, Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("rebind.test").hasMessageContaining("loopback").hasMessageContaining("127.0.0.1");
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();

        // the same name service, for a host an operator allowed: the connection goes where the name service says
        SafeFetcher allowed = new SafeFetcher(props(List.of("rebind.test:*")), rebinding("127.0.0.1", "127.0.0.1"));
        assertThat(allowed.get(url, Map.of()).status()).isEqualTo(200);
        assertThat(server.hits(run, "feeds/atom.xml")).isEqualTo(1);
    }

    @Test
    void aRedirectToLoopbackIsCheckedAgainAndRefused() {
        assertThatThrownBy(() -> fetcher.get(server.url(run, "redirect-to-loopback/feeds/atom.xml"), Map.of()))
                .isInstanceOf(IngestException.class).hasMessageContaining("127.0.0.1").hasMessageContaining("loopback");
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();
        assertThat(fetcher.get(server.url(run, "redirect/feeds/atom.xml"), Map.of()).finalUri().getPath()).isEqualTo("/r/" + run + "/feeds/atom.xml");
    }

    @Test
    void aTwentyMegabyteBodyIsCutOffWithAClearError() {
        assertThatThrownBy(() -> fetcher.get(server.url(run, "huge"), Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("reads at most 10.0 MB").hasMessageContaining("cut it off");
    }

    @Test
    void errorStatusesAreSaidInPlainWords() {
        assertThatThrownBy(() -> fetcher.get(server.url(run, "status/404"), Map.of())).hasMessageContaining("Nothing found at").hasMessageContaining("404");
        assertThatThrownBy(() -> fetcher.get(server.url(run, "status/503"), Map.of())).hasMessageContaining("had an error of its own (HTTP 503)");
        assertThatThrownBy(() -> fetcher.get("http://localhost:1/feed", Map.of())).hasMessageContaining("Could not connect to localhost:1");
        assertThatThrownBy(() -> fetcher.get("https://no-such-host.invalid/feed", Map.of())).hasMessageContaining("does not exist");
    }

    @Test
    void aConditionalGetGets304() {
        FetchedResponse first = fetcher.get(server.url(run, "conditional/feeds/atom.xml"), Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isNotNull();
        FetchedResponse second = fetcher.get(server.url(run, "conditional/feeds/atom.xml"), Map.of("If-None-Match", first.etag()));
        assertThat(second.notModified()).isTrue();
    }

    @Test
    void ipv4HostsInOctalHexShortenedOrSingleNumberFormsAreRefusedOutright() {
        for (String url : List.of("http://0177.0.0.1/", "http://0x7f.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
                "http://127.0.0.01/", "http://127.0.0.1./", "http://0177.0.0.1:" + server.port() + "/r/" + run + "/feeds/atom.xml")) {
            assertThatThrownBy(() -> fetcher.get(url, Map.of())).as(url).isInstanceOf(IngestException.class)
                    .hasMessageContaining("Write an address as four decimal numbers");
        }
        assertThatThrownBy(() -> fetcher.get("http://0177.0.0.1/", Map.of())).hasMessageContaining("octal");
        assertThatThrownBy(() -> fetcher.get("http://0x7f.0.0.1/", Map.of())).hasMessageContaining("hexadecimal");
        assertThat(SafeFetcher.unusualIpv4("93.184.216.34")).isNull();
        assertThat(SafeFetcher.unusualIpv4("1e100.net")).isNull();
        assertThat(SafeFetcher.unusualIpv4("feeds.0x.example")).isNull();
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();
    }

    @Test
    void anAllowedHostWithoutAPortIsAllowedOnlyOnPorts80And443() {
        SafeFetcher portless = new SafeFetcher(props(List.of("localhost")));
        assertThatThrownBy(() -> portless.get(server.url(run, "feeds/atom.xml"), Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("not on port " + server.port()).hasMessageContaining("localhost:" + server.port());
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();

        SafeFetcher onItsPort = new SafeFetcher(props(List.of("localhost:" + server.port())));
        assertThat(onItsPort.get(server.url(run, "feeds/atom.xml"), Map.of()).status()).isEqualTo(200);
        // an allowed LAN host redirecting to its own Redis port is not followed there
        assertThatThrownBy(() -> onItsPort.get(server.url(run, "redirect-to-port/6379"), Map.of())).isInstanceOf(IngestException.class)
                .hasMessageContaining("http://localhost:6379/").hasMessageContaining("not on port 6379");
        assertThat(props(List.of("feeds.lan", "*.intranet.example:8080")).ingest().allows("news.intranet.example", 8080)).isTrue();
        assertThat(props(List.of("feeds.lan", "*.intranet.example:8080")).ingest().allows("news.intranet.example", 443)).isFalse();
        assertThat(props(List.of("feeds.lan", "[::1]:8443")).ingest().allows("::1", 8443)).isTrue();
        assertThat(props(List.of("feeds.lan")).ingest().allows("feeds.lan", 443)).isTrue();
    }
}

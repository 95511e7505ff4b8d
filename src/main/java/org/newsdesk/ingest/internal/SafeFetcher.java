package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.newsdesk.ingest.IngestException;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.stereotype.Component;

/**
 * The one way ingest reaches the outside world (feeds and article pages). Accepts only http and
 * https; refuses loopback, private, link-local, carrier-grade NAT and cloud-metadata addresses,
 * checked on the addresses the host name resolves to, and again for every redirect (redirects
 * are followed here, by hand, never by the HTTP client). Hosts listed in
 * {@code newsdesk.ingest.allowed-hosts} skip the address check. Bodies are capped in size and
 * time; every failure is an {@link IngestException} whose message says what happened in plain
 * words.
 *
 * <p>Known limit: the HTTP client resolves the host again when it connects, so a DNS server
 * that answers differently within that instant (DNS rebinding) is not caught here.
 */
@Component
public class SafeFetcher {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final NewsdeskProperties.Ingest settings;
    private final HttpClient client;

    public SafeFetcher(NewsdeskProperties props) {
        this.settings = props.ingest();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Fetches {@code url} (a GET), sending {@code headers} (e.g. If-None-Match), following redirects safely. */
    public FetchedResponse get(String url, Map<String, String> headers) {
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            check(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept-Encoding", "identity");
            headers.forEach(request::header);
            URI target = uri;
            HttpResponse<InputStream> response = send(target, request.build());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IngestException(target.getHost() + " answered a redirect (" + status + ") without saying where to."));
                if (redirects >= settings.maxRedirects()) {
                    throw new IngestException("Too many redirects: stopped after " + settings.maxRedirects() + " (last to " + location + ").");
                }
                uri = resolve(uri, location);
                continue;
            }
            if (status == 304) {
                close(response.body());
                return new FetchedResponse(uri, 304, null, header(response, "ETag"), header(response, "Last-Modified"), new byte[0]);
            }
            if (status != 200 && status != 203) {
                close(response.body());
                throw new IngestException(describeStatus(uri, status));
            }
            byte[] body = readCapped(uri, response);
            return new FetchedResponse(uri, status, header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"), body);
        }
    }

    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IngestException("Give an address (URL) starting with http:// or https://.");
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new IngestException("\"" + url.strip() + "\" is not a valid web address: " + e.getReason() + ".");
        }
        return uri;
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IngestException(base.getHost() + " redirected to an invalid address: " + location);
        }
    }

    /** Refuses a scheme other than http(s), or a host that resolves to an address that is not public. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException("Only http:// and https:// addresses can be fetched" + (scheme.isEmpty() ? "" : " (this one is " + scheme + ":)") + ".");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IngestException("The address " + uri + " names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IngestException("Addresses with a user name or password in them are not fetched.");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (settings.allows(bare)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new IngestException("The host " + bare + " does not exist (its name could not be looked up).");
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new IngestException("Refused to fetch " + uri + ": " + bare + " is " + why + " (" + address.getHostAddress()
                        + "). Newsdesk fetches only from public addresses; an operator can allow a host with NEWSDESK_INGEST_ALLOWED_HOSTS.");
            }
        }
    }

    /** Why an address may not be fetched from, or {@code null} when it is public. */
    static String refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address (this machine)";
        }
        if (address instanceof Inet4Address v4) {
            return refusalV4(v4.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress() || (b[0] & 0xFE) == 0xFC) {
            return Arrays.equals(b, new byte[] {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x54, })
                    ? "the cloud metadata address" : "a private-network address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet6Address) {
            // IPv4 embedded in IPv6: NAT64 (64:ff9b::/96), 6to4 (2002::/16), IPv4-compatible (::/96)
            if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xff && (b[3] & 0xFF) == 0x9b) {
                return refusalV4(Arrays.copyOfRange(b, 12, 16));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return refusalV4(Arrays.copyOfRange(b, 2, 6));
            }
            boolean compatible = true;
            for (int i = 0; i < 12; i++) {
                compatible &= b[i] == 0;
            }
            if (compatible) {
                return refusalV4(Arrays.copyOfRange(b, 12, 16));
            }
        }
        return null;
    }

    private static String refusalV4(byte[] b) {
        int a0 = b[0] & 0xFF, a1 = b[1] & 0xFF, a2 = b[2] & 0xFF, a3 = b[3] & 0xFF;
        if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) {
            return "the cloud metadata address";
        }
        if (a0 == 168 && a1 == 63 && a2 == 129 && a3 == 16) {
            return "a cloud platform's internal address";
        }
        if (a0 == 127) {
            return "a loopback address (this machine)";
        }
        if (a0 == 0) {
            return "an unspecified address";
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "a private-network address";
        }
        if (a0 == 169 && a1 == 254) {
            return "a link-local address";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "a carrier-grade NAT address (also used for cloud metadata)";
        }
        if ((a0 == 192 && a1 == 0 && a2 == 0) || (a0 == 198 && (a1 == 18 || a1 == 19))) {
            return "a reserved address";
        }
        if (a0 >= 224) {
            return a0 < 240 ? "a multicast address" : "a reserved address";
        }
        return null;
    }

    private HttpResponse<InputStream> send(URI uri, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new IngestException(uri.getHost() + " did not accept a connection within " + seconds(settings.connectTimeout()) + ".", e);
        } catch (HttpTimeoutException e) {
            throw new IngestException(uri.getHost() + " did not answer within " + seconds(settings.readTimeout()) + ".", e);
        } catch (ConnectException e) {
            throw new IngestException("Could not connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + " (connection refused or host unreachable).", e);
        } catch (SSLException e) {
            throw new IngestException("The secure (https) connection to " + uri.getHost() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException("The connection to " + uri.getHost() + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("The fetch of " + uri + " was interrupted.", e);
        }
    }

    private byte[] readCapped(URI uri, HttpResponse<InputStream> response) {
        long max = settings.maxBodySize().toBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream in = response.body();
        if (declared > max) {
            close(in);
            throw new IngestException(tooLarge(uri, "is " + megabytes(declared)));
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            close(in);
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (body.length > max) {
                throw new IngestException(tooLarge(uri, "is larger than that"));
            }
            return body;
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new IngestException(uri.getHost() + " did not finish sending within " + seconds(settings.readTimeout()) + ".", e);
            }
            throw new IngestException("The connection to " + uri.getHost() + " broke while reading: " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private String tooLarge(URI uri, String what) {
        return "The response from " + uri.getHost() + " " + what + "; Newsdesk reads at most " + megabytes(settings.maxBodySize().toBytes())
                + " and cut it off there. Nothing was imported.";
    }

    static String describeStatus(URI uri, int status) {
        String host = uri.getHost();
        return switch (status) {
            case 401, 403 -> host + " refused access (HTTP " + status + "): the feed or page may need a subscription or a login.";
            case 404 -> "Nothing found at " + uri + " (HTTP 404): the address may have changed.";
            case 410 -> uri + " is gone for good (HTTP 410): the outlet removed it.";
            case 429 -> host + " asks us to slow down (HTTP 429, too many requests); Newsdesk will try again later.";
            default -> status >= 500 ? host + " had an error of its own (HTTP " + status + "); Newsdesk will try again later."
                    : host + " answered HTTP " + status + " instead of the content.";
        };
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read anyway
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

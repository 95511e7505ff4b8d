package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.newsdesk.ingest.IngestException;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.beans.factory.annotation.Autowired;
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
 * <p>The address check runs twice: before the request (for a clear message) and inside the HTTP
 * client's own name resolution, on exactly the addresses it then connects to, so a DNS server
 * that answers a public address to the check and a private one to the connection (DNS
 * rebinding) is refused too. Apache HttpClient rather than the JDK's for that hook.
 */
@Component
public class SafeFetcher {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final NewsdeskProperties.Ingest settings;
    private final DnsResolver dns;
    private final CloseableHttpClient client;

    @Autowired
    public SafeFetcher(NewsdeskProperties props) {
        this(props, SystemDefaultDnsResolver.INSTANCE);
    }

    /** With {@code dns} as the name service (tests give one that changes its answers). */
    SafeFetcher(NewsdeskProperties props, DnsResolver dns) {
        this.settings = props.ingest();
        this.dns = dns;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PublicAddressesOnly())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(4)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** The HTTP client's name resolution: the addresses it will connect to, each checked (hosts an operator allowed are not). */
    private final class PublicAddressesOnly implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = dns.resolve(host);
            if (!settings.allows(host)) {
                String why = refusal(host, addresses);
                if (why != null) {
                    throw new RefusedAddress("Refused to connect to " + host + ": it now resolves to " + why
                            + ", not the public address it had a moment before. Newsdesk fetches only from public addresses.");
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return dns.resolveCanonicalHostname(host);
        }
    }

    /** A name that resolved to an address Newsdesk does not fetch from. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    @PreDestroy
    void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing the pool: nothing left to do
        }
    }

    /** Fetches {@code url} (a GET), sending {@code headers} (e.g. If-None-Match), following redirects safely. */
    public FetchedResponse get(String url, Map<String, String> headers) {
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            check(uri);
            HttpGet request = new HttpGet(uri);
            request.setHeader("User-Agent", settings.userAgent());
            request.setHeader("Accept-Encoding", "identity");
            headers.forEach(request::setHeader);
            URI target = uri;
            ClassicHttpResponse response = send(target, request);
            boolean readToTheEnd = false;
            try {
                int status = response.getCode();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = Optional.ofNullable(header(response, "Location"))
                            .orElseThrow(() -> new IngestException(target.getHost() + " answered a redirect (" + status + ") without saying where to."));
                    if (redirects >= settings.maxRedirects()) {
                        throw new IngestException("Too many redirects: stopped after " + settings.maxRedirects() + " (last to " + location + ").");
                    }
                    uri = resolve(uri, location);
                    continue;
                }
                if (status == 304) {
                    return new FetchedResponse(uri, 304, null, header(response, "ETag"), header(response, "Last-Modified"), new byte[0]);
                }
                if (status != 200 && status != 203) {
                    throw new IngestException(describeStatus(uri, status));
                }
                byte[] body = readCapped(uri, request, response);
                readToTheEnd = true;
                return new FetchedResponse(uri, status, header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"), body);
            } finally {
                if (!readToTheEnd) {
                    // a body not read (a redirect's, an error's, one too large) is cut off, never drained
                    request.cancel();
                }
                closeQuietly(response);
            }
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
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI gives no host for "0x7f.1" (a last label starting with a digit): judge the authority as written
            String authority = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
            String unusual = unusualIpv4(authority);
            if (unusual != null) {
                throw new IngestException("Refused to fetch " + uri + ": its host " + authority + " " + unusual + UNUSUAL_IPV4_ADVICE);
            }
        }
        if (host == null || host.isBlank()) {
            throw new IngestException("The address " + uri + " names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IngestException("Addresses with a user name or password in them are not fetched.");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String unusual = unusualIpv4(bare);
        if (unusual != null) {
            throw new IngestException("Refused to fetch " + uri + ": its host " + bare + " " + unusual + UNUSUAL_IPV4_ADVICE);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (settings.allows(bare, port)) {
            return;
        }

        InetAddress[] addresses;
        try {
            addresses = dns.resolve(bare);
        } catch (UnknownHostException e) {
            throw new IngestException("The host " + bare + " does not exist (its name could not be looked up).");
        }
        String why = refusal(bare, addresses);
        if (why != null && settings.allows(bare)) {
            throw new IngestException("Refused to fetch " + uri + ": " + bare + " is " + why + " and NEWSDESK_INGEST_ALLOWED_HOSTS allows it, but not on port "
                    + port + " (an entry without a port allows only 80 and 443; an operator can add " + bare + ":" + port + ").");
        }
        if (why != null) {
            throw new IngestException("Refused to fetch " + uri + ": " + bare + " is " + why
                    + ". Newsdesk fetches only from public addresses; an operator can allow a host (and port) with NEWSDESK_INGEST_ALLOWED_HOSTS.");
        }
    }

    /**
     * Why a host written as an IPv4 address in a form other than four plain decimal numbers is refused ({@code 0177.0.0.1}
     * octal, {@code 0x7f.1} hex, {@code 127.1} shortened, {@code 2130706433} one number), or {@code null}. A host whose last
     * label is a number is an IPv4 address to a browser (WHATWG URL), and Java reads such forms differently.
     */
    static String unusualIpv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (!NUMERIC_LABEL.matcher(parts[parts.length - 1]).matches()) {
            return null;
        }
        if (parts.length != 4 || !h.equals(host)) {
            return parts.length == 1 ? "is an IPv4 address written as one number" : "is an IPv4 address in a shortened or unusual form";
        }
        for (String part : parts) {
            if (part.length() > 1 && (part.startsWith("0"))) {
                return part.startsWith("0x") || part.startsWith("0X") ? "is an IPv4 address with a hexadecimal part" : "is an IPv4 address with an octal part";
            }
            if (!DECIMAL_OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return "is not a valid IPv4 address";
            }
        }
        return null;
    }

    private static final String UNUSUAL_IPV4_ADVICE = ", which browsers and Java read as different addresses. "
            + "Write an address as four decimal numbers (such as 93.184.216.34).";
    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("(?i)\\d+|0x[0-9a-f]*");
    private static final java.util.regex.Pattern DECIMAL_OCTET = java.util.regex.Pattern.compile("\\d{1,3}");

    /** Why the first of these addresses that is not public may not be fetched from, with the address; {@code null} when all are public. */
    /** Why one of a host's addresses may not be fetched from, naming the address only when the host is a name ("127.0.0.1 is …", "db.lan is … at 10.0.0.5"). */
    private static String refusal(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                boolean literal = host.indexOf(':') >= 0 || host.equals(address.getHostAddress());
                return literal ? why : why + " at " + address.getHostAddress();
            }
        }
        return null;
    }

    /** Why an address may not be fetched from, or {@code null} when it is public. */
    public static String refusal(InetAddress address) {
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

    private ClassicHttpResponse send(URI uri, HttpGet request) {
        try {
            return client.executeOpen(null, request, null);
        } catch (RefusedAddress e) {
            throw new IngestException(e.getMessage(), e);
        } catch (ConnectTimeoutException e) {
            throw new IngestException(uri.getHost() + " did not accept a connection within " + seconds(settings.connectTimeout()) + ".", e);
        } catch (SocketTimeoutException e) {
            throw new IngestException(uri.getHost() + " did not answer within " + seconds(settings.readTimeout()) + ".", e);
        } catch (UnknownHostException e) {
            throw new IngestException("The host " + uri.getHost() + " does not exist (its name could not be looked up).", e);
        } catch (ConnectException e) {
            throw new IngestException("Could not connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + " (connection refused or host unreachable).", e);
        } catch (SSLException e) {
            throw new IngestException("The secure (https) connection to " + uri.getHost() + " failed: " + plainTlsProblem(e) + ".", e);
        } catch (IOException e) {
            throw new IngestException("The connection to " + uri.getHost() + " failed: " + plainConnectionProblem(e) + ".", e);
        }
    }

    /** What a failed TLS handshake means, in words an editor can act on (the library's own text names its internals). */
    static String plainTlsProblem(SSLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("unrecognized ssl message") || m.contains("plaintext connection")) {
            return "the server does not speak https on that port (try http://, or the address without a port)";
        }
        if (m.contains("subject alternative") || m.contains("doesn't match") || m.contains("does not match")) {
            return "its certificate is issued for another name";
        }
        if (m.contains("expired") || m.contains("not yet valid")) {
            return "its certificate has expired or is not yet valid";
        }
        if (m.contains("pkix") || m.contains("certification path") || m.contains("certificate")) {
            return "its certificate is not one Newsdesk can trust (self-signed, or from an unknown authority)";
        }
        if (m.contains("protocol") || m.contains("cipher")) {
            return "it offers no encryption that Newsdesk accepts (an outdated TLS version or cipher)";
        }
        return "the server broke off the encrypted handshake";
    }

    /** What a broken connection means, without the library's exception text. */
    static String plainConnectionProblem(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("reset") || m.contains("broken pipe") || m.contains("closed") || m.contains("end of stream") || m.contains("no_response")
                || m.contains("failed to respond")) {
            return "the server closed the connection before it finished answering";
        }
        if (m.contains("malformed") || m.contains("invalid") || m.contains("protocol")) {
            return "the server's answer was not valid HTTP";
        }
        return "the connection broke off; try again later";
    }

    private byte[] readCapped(URI uri, HttpGet request, ClassicHttpResponse response) {
        long max = settings.maxBodySize().toBytes();
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > max) {
            throw new IngestException(tooLarge(uri, "is " + megabytes(declared)));
        }
        InputStream in;
        try {
            in = entity.getContent();
        } catch (IOException e) {
            throw new IngestException("The connection to " + uri.getHost() + " broke while reading: " + plainConnectionProblem(e) + ".", e);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            request.cancel();
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
            throw new IngestException("The connection to " + uri.getHost() + " broke while reading: " + plainConnectionProblem(e) + ".", e);
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

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection is gone already
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

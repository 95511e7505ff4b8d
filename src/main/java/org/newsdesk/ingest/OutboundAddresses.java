package org.newsdesk.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.newsdesk.ingest.internal.SafeFetcher;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.stereotype.Component;

/**
 * Ingest's address rules for any outbound call the desk makes (feeds and pages here, webhooks in
 * publishing): a host must resolve only to public addresses (no loopback, private, link-local or
 * cloud metadata address) unless an operator listed it in {@code NEWSDESK_INGEST_ALLOWED_HOSTS}.
 * Callers resolve through {@link #resolve} and connect to exactly the addresses it returns, so a
 * DNS answer cannot change between the check and the connection.
 */
@Component
public class OutboundAddresses {

    /** A host the rules refuse, with the reason in plain words. */
    public static final class Refused extends UnknownHostException {
        public Refused(String message) {
            super(message);
        }
    }

    private final NewsdeskProperties.Ingest settings;

    OutboundAddresses(NewsdeskProperties props) {
        this.settings = props.ingest();
    }

    /** The host's addresses, when every one of them may be called; otherwise {@link Refused} saying why. */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (settings.allows(bare)) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            String why = SafeFetcher.refusal(a);
            if (why != null) {
                throw new Refused(host + " resolves to " + why + " (" + a.getHostAddress() + "). Newsdesk calls only public addresses; "
                        + "an operator can allow a host with NEWSDESK_INGEST_ALLOWED_HOSTS.");
            }
        }
        return addresses;
    }
}

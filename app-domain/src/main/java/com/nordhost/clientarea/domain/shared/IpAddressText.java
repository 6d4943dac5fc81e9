package com.nordhost.clientarea.domain.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An IP address as people read it: an IPv6 address in its RFC 5952 form ({@code 2001:db8::1}, not
 * {@code 2001:db8:0:0:0:0:0:1} as servlet containers give it), an IPv4 address (also one mapped into IPv6) as
 * dotted digits. Anything else (unknown, a zone id) is kept as given. Decision 0041 says why by hand.
 */
public final class IpAddressText {

    private IpAddressText() {
    }

    public static String compact(String address) {
        if (address == null || address.indexOf(':') < 0 || address.indexOf('%') >= 0) {
            return address;
        }
        InetAddress parsed;
        try {
            // A literal with a colon is parsed, never looked up in DNS.
            parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
        return parsed instanceof Inet6Address v6 ? rfc5952(v6.getAddress()) : parsed.getHostAddress();
    }

    private static String rfc5952(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        // The longest run of two or more zero groups becomes "::" (the first of equal runs).
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}

package com.nordhost.clientarea.domain.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IP address as people read it: IPv6 in the compact form of RFC 5952 ({@code 2001:db8::1}, not
 * {@code 2001:db8:0:0:0:0:0:1}), an IPv4-mapped IPv6 address as its IPv4 address, IPv4 as it is. Text that is no
 * address literal is returned as it was; it is never looked up in DNS (only literals reach {@link InetAddress}).
 */
public final class IpAddressText {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddressText() {
    }

    /** Null or blank stays null. */
    public static String compact(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String text = address.strip();
        if (IPV4.matcher(text).matches() || !IPV6.matcher(text).matches() || text.indexOf(':') < 0) {
            return text;
        }
        try {
            // A literal with a colon is parsed, never resolved.
            InetAddress parsed = InetAddress.getByName(text);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // ::ffff:a.b.c.d comes back as IPv4
            }
            return compact(parsed.getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return text;
        }
    }

    /** RFC 5952 section 4: lower case, no leading zeros, the longest run (first of equals) of 2+ zero groups as ::. */
    private static String compact(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}

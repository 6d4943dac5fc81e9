package com.nordhost.clientarea.domain.shared;

import java.util.Locale;

/**
 * A short name for a browser from its User-Agent ("Chrome on Linux"), for the list of remembered browsers and every
 * mail that names a browser: the customer must recognise their own browsers there, a full User-Agent is unreadable,
 * and it is text anyone can send (a phishing sentence in a genuine mail). Only a hint; never used to decide anything.
 */
public final class BrowserName {

    public static final String UNKNOWN = "Unknown browser";

    private BrowserName() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = browser(ua);
        String system = system(ua);
        return system == null ? browser : browser + " on " + system;
    }

    private static String browser(String ua) {
        // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chromium/")) {
            return "Chromium";
        }
        if (ua.contains("chrome/") || ua.contains("crios/")) {
            return "Chrome";
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return "Safari";
        }
        return UNKNOWN;
    }

    private static String system(String ua) {
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
            return "iOS";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}

package com.nordhost.clientarea.e2e;

import java.util.List;

/**
 * The one place where an axe rule is waived, each with where it applies and why (docs/accessibility.md lists them as
 * known exceptions). A waiver names the rule and a piece of the element's selector, never a whole rule everywhere.
 */
final class AccessibilityWaivers {

    record Waiver(String rule, String targetContains, String reason) {
    }

    static final List<Waiver> WAIVERS = List.of();

    private AccessibilityWaivers() {
    }

    static boolean waives(String rule, String target) {
        return WAIVERS.stream().anyMatch(w -> w.rule().equals(rule) && target.contains(w.targetContains()));
    }
}

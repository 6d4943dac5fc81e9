package com.nordhost.clientarea.web.testing.portguard;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.throttle.UnknownAddressCounters;

/** A view gone wrong, for {@code PortGuardTest}: it reads a port whose name does not end in "Repository". */
public class ViewThatReadsAPort {

    private final UnknownAddressCounters counters;

    public ViewThatReadsAPort(UnknownAddressCounters counters) {
        this.counters = counters;
    }

    public Object peek(AccountId account) {
        return counters;
    }
}

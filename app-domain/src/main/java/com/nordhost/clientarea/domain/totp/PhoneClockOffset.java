package com.nordhost.clientarea.domain.totp;

import java.time.Duration;

/**
 * How far a phone's clock seems to be off, judged from a refused code that would have been right a few steps
 * earlier or later. Only a hint for the person: the code stays refused and counted (issue 22).
 *
 * @param steps positive when the phone is ahead (its code belongs to a later step), negative when behind
 */
public record PhoneClockOffset(int steps, Duration stepLength) {

    public PhoneClockOffset {
        if (steps == 0) {
            throw new IllegalArgumentException("an offset of no steps is no offset");
        }
    }

    public boolean phoneIsAhead() {
        return steps > 0;
    }

    /** Rounded to whole minutes, at least one, for a sentence such as "about 3 minutes ahead". */
    public long aboutMinutes() {
        long seconds = Math.abs(steps) * stepLength.toSeconds();
        return Math.max(1, Math.round(seconds / 60.0));
    }
}

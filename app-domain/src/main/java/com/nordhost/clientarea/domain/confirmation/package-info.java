/** The password asked again before a change that matters: one check, one throttle, shared by every settings action. */
package com.nordhost.clientarea.domain.confirmation;

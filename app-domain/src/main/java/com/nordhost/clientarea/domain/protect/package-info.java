/**
 * "This wasn't me" (decision 0042): {@code AccountSecuring} is what the button behind a notice's link does (it can
 * only protect: sessions end, remembered browsers are forgotten, an open recovery is voided, a reset link is mailed,
 * the account is flagged for support), and {@code OwnerFlagDesk} is support's side of the flag (see it, list the
 * flagged accounts, close it with a note). Port {@code OwnerFlags}; the links themselves are
 * {@code notification.ProtectLinks}, issued with every notice.
 */
package com.nordhost.clientarea.domain.protect;

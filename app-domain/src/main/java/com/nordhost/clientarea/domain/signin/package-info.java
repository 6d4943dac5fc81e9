/**
 * Sign-ins kept in the database (issue 21, decision 0037): a completed login writes a sign-in ({@code SignIns.begin})
 * whose secret the browser keeps in a cookie; any node restores a signed-in browser from it ({@code SignIns.restore})
 * without counting a login, checks it at every request ({@code SignIns.isCurrent}), lists it to its owner and ends it
 * on log-out, on the owner's or support's "sign out", and with every session-epoch change. The
 * {@code SignInRepository} port is the {@code sign_in} table.
 */
package com.nordhost.clientarea.domain.signin;

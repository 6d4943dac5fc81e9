/**
 * The back-office's customer directory: search by e-mail, name or customer number, page by page with keyset
 * cursors, never listing everyone. Port {@code CustomerDirectory}.
 */
package com.nordhost.clientarea.domain.customers;

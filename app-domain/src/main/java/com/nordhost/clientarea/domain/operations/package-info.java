/** What operators do to a running server beside serving customers: backups. */
package com.nordhost.clientarea.domain.operations;

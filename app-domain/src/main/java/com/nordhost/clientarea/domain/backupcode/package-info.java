/**
 * Building block: the one-time backup code of the second factor, how it is generated (16 characters in four
 * groups) and hashed (Argon2id), and how a typed code is normalised. No use case, no port.
 */
package com.nordhost.clientarea.domain.backupcode;

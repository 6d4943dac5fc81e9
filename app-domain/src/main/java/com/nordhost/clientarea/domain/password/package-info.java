/**
 * Building block: passwords. Argon2id hashing ({@code PasswordHasher}; libargon2 through JNA where it loads,
 * BouncyCastle otherwise, same hashes) with NFKC normalisation, its parameters, and the password policy every
 * new password must pass.
 */
package com.nordhost.clientarea.domain.password;

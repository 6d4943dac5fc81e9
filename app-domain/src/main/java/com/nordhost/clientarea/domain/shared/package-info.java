/**
 * What every feature uses and none owns: the {@code Transactions} port (one use case, one transaction),
 * {@code RequestOrigin} (IP address and browser for the audit trail), the plain-text check on typed input and
 * {@code InvalidInputException}.
 */
package com.nordhost.clientarea.domain.shared;

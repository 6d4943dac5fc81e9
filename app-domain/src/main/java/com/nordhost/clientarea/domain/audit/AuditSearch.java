package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.shared.Port;

import java.util.List;

/** Port: the audit trail filtered and paged by keyset on (occurred_at desc, id desc), without OFFSET or COUNT. */
@Port
public interface AuditSearch {

    List<AuditEntry> search(AuditFilter filter, AuditCursor before, int limit);
}

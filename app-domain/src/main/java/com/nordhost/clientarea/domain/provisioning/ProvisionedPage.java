package com.nordhost.clientarea.domain.provisioning;

import java.util.List;

/** One page of customers: {@code startIndex} is 1-based, {@code totalResults} counts every match. */
public record ProvisionedPage(List<ProvisionedCustomer> customers, long totalResults, int startIndex) {
}

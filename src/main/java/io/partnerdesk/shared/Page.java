package io.partnerdesk.shared;

import java.util.List;

/** One page of a list, with the total the whole list has. */
public record Page<T>(long totalCount, List<T> items) {}

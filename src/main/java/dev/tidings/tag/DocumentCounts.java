package dev.tidings.tag;

import java.util.Collection;
import java.util.Map;

/** What one document adds to the corpus: the terms it contains, and each name as written with how often. */
record DocumentCounts(Collection<String> terms, Map<String, Integer> names) {}

package dev.tidings.story;

import java.util.List;

/** One page of a keyset-paginated list of stories; {@code nextCursor} is null on the last page. */
public record StorySlice(List<Story> stories, String nextCursor) {}

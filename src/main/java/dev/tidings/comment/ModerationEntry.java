package dev.tidings.comment;

import java.time.Instant;

/** One line of the moderation log: who did what to which comment or account, and when. */
public record ModerationEntry(
        long id, Instant at, long actorId, String actorName, String action, Long commentId, Long userId, String note) {}

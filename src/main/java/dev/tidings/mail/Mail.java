package dev.tidings.mail;

/** One plain-text message to one address; {@code kind} names it in the logs (which never hold the address). */
public record Mail(String kind, String to, String subject, String text) {}

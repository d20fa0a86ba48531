package dev.tidings.ai;

/** A text and the outlet that published it: an article, or another outlet's coverage of its story. */
public record Passage(String outlet, String title, String text) {}

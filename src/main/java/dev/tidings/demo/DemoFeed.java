package dev.tidings.demo;

import java.net.URI;

/** One demo outlet as a subscriber sees it: its name, the URL of its feed and of its front page. */
public record DemoFeed(String outletName, URI feedUrl, URI siteUrl) {}

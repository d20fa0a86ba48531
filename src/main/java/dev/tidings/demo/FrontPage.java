package dev.tidings.demo;

import java.util.List;

/** What an outlet's template needs to render its front page: the latest publications, newest first. */
record FrontPage(Site site, List<Publication> latest) {}

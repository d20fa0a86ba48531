/**
 * The demo newsroom: eight fictional publishers, each its own HTTP origin, serving article pages
 * and feeds rendered from the bundled article files. Only {@code app} knows about it, through
 * {@link dev.tidings.demo.DemoNewsroom}. Nothing here accepts or returns null unless its Javadoc
 * says so.
 */
package dev.tidings.demo;

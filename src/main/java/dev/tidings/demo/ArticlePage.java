package dev.tidings.demo;

import java.net.URI;
import java.util.List;

/** What an outlet's template needs to render one article page. */
record ArticlePage(Site site, Publication pub, List<Publication> mostRead, List<Publication> related) {

    URI canonical() {
        return site.url(pub.path());
    }

    /** Only one outlet illustrates its stories; its template asks for this. */
    URI leadImage() {
        return site.url(LeadImage.path(pub));
    }
}

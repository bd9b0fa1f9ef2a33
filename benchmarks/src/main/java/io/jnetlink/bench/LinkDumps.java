package io.jnetlink.bench;

import io.jnetlink.route.Links;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkView;
import io.jnetlink.route.link.LinkVisitor;
import java.util.List;

/**
 * The two end-to-end ways of listing links the benchmarks compare, both through the route
 * module's public {@link Links} facet: {@link Links#list()} into {@code Link} records, and
 * {@link Links#forEach} streaming views whose every attribute is read by
 * {@link LinkAttributeWalk}. The visitor is one object reused for every dump.
 */
final class LinkDumps {
    private final Links links;
    private final LinkVisitor walker = this::walk;
    private int visited;
    private long checksum;
    private List<Link> lastList = List.of();

    /** Dumps through {@code links} (use {@link Links#withoutStats()} to leave statistics out). */
    LinkDumps(Links links) {
        this.links = links;
    }

    private void walk(LinkView view) {
        checksum += LinkAttributeWalk.walk(view);
        visited++;
    }

    /** One dump into records; returns the number of links. */
    int records() {
        lastList = links.list();
        return lastList.size();
    }

    /** One dump through the visitor, reading every attribute; returns the number of links. */
    int cursor() {
        visited = 0;
        links.forEach(walker);
        return visited;
    }

    /** Something derived from everything read, so that no read can be optimised away. */
    long checksum() {
        return checksum + lastList.size();
    }
}

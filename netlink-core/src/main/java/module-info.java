/**
 * jnetlink core: netlink sockets with request framing, dumps, extended acks and multicast
 * subscriptions; zero-copy message parsing and writing; network namespaces.
 */
// netty 4.1 ships no module-info, only a name; io.jnetlink.route, named in a qualified export, is built after this module
@SuppressWarnings({"requires-transitive-automatic", "module"})
module io.jnetlink.core {
    // ByteBuf appears in the API (cursors, MessageWriter, MacAddress.read).
    requires transitive io.netty.buffer;
    // PlatformDependent: direct native reads in the cursors.
    requires io.netty.common;
    requires org.jnrproject.ffi;

    exports io.jnetlink.core;
    exports io.jnetlink.core.attr;
    exports io.jnetlink.core.message;
    exports io.jnetlink.core.netns;

    // Not API. jnr-ffi implements the libc binding interface in a class that a class loader of
    // its own defines (in an unnamed module), so that interface's package has to be exported to
    // everyone; it holds the interface alone. The system calls themselves (io.jnetlink.core.internal)
    // stay unexported.
    exports io.jnetlink.core.internal.libc;

    // Not API either: the system calls, for the tun/tap ioctls of io.jnetlink.route.
    exports io.jnetlink.core.internal to io.jnetlink.route;
}

package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkProtocol;

/**
 * Netlink message types: the control types every protocol shares ({@code linux/netlink.h}) and
 * the rtnetlink request types ({@code linux/rtnetlink.h}), with their kernel names for errors.
 */
public final class MessageType {
    /** Nothing; to be skipped. */
    public static final int NLMSG_NOOP = 1;
    /** An error or, with errno 0, an acknowledgement. */
    public static final int NLMSG_ERROR = 2;
    /** End of a multi-part dump. */
    public static final int NLMSG_DONE = 3;
    /** Data lost. */
    public static final int NLMSG_OVERRUN = 4;
    /** Types below this are control messages. */
    public static final int NLMSG_MIN_TYPE = 0x10;

    /** {@code RTM_NEWLINK}: add or change a network interface; also each one in a reply or notification. */
    public static final int RTM_NEWLINK = 16;
    /** {@code RTM_DELLINK}: delete a network interface; also a notification of its removal. */
    public static final int RTM_DELLINK = 17;
    /** {@code RTM_GETLINK}: ask for a network interface, one or a dump. */
    public static final int RTM_GETLINK = 18;
    /** {@code RTM_SETLINK}: change a network interface. */
    public static final int RTM_SETLINK = 19;
    /** {@code RTM_NEWADDR}: add or change an interface address; also each one in a reply or notification. */
    public static final int RTM_NEWADDR = 20;
    /** {@code RTM_DELADDR}: delete an interface address; also a notification of its removal. */
    public static final int RTM_DELADDR = 21;
    /** {@code RTM_GETADDR}: ask for an interface address, one or a dump. */
    public static final int RTM_GETADDR = 22;
    /** {@code RTM_NEWROUTE}: add or change a route; also each one in a reply or notification. */
    public static final int RTM_NEWROUTE = 24;
    /** {@code RTM_DELROUTE}: delete a route; also a notification of its removal. */
    public static final int RTM_DELROUTE = 25;
    /** {@code RTM_GETROUTE}: ask for a route, one or a dump. */
    public static final int RTM_GETROUTE = 26;
    /**
     * {@code RTM_NEWNEIGH}: add or change a neighbour (ARP/NDP) or FDB entry; also each one in a
     * reply or notification.
     */
    public static final int RTM_NEWNEIGH = 28;
    /**
     * {@code RTM_DELNEIGH}: delete a neighbour (ARP/NDP) or FDB entry; also a notification of its
     * removal.
     */
    public static final int RTM_DELNEIGH = 29;
    /** {@code RTM_GETNEIGH}: ask for a neighbour (ARP/NDP) or FDB entry, one or a dump. */
    public static final int RTM_GETNEIGH = 30;
    /** {@code RTM_NEWRULE}: add or change a policy routing rule; also each one in a reply or notification. */
    public static final int RTM_NEWRULE = 32;
    /** {@code RTM_DELRULE}: delete a policy routing rule; also a notification of its removal. */
    public static final int RTM_DELRULE = 33;
    /** {@code RTM_GETRULE}: ask for a policy routing rule, one or a dump. */
    public static final int RTM_GETRULE = 34;
    /**
     * {@code RTM_NEWQDISC}: add or change a queueing discipline; also each one in a reply or
     * notification.
     */
    public static final int RTM_NEWQDISC = 36;
    /** {@code RTM_DELQDISC}: delete a queueing discipline; also a notification of its removal. */
    public static final int RTM_DELQDISC = 37;
    /** {@code RTM_GETQDISC}: ask for a queueing discipline, one or a dump. */
    public static final int RTM_GETQDISC = 38;
    /** {@code RTM_NEWTCLASS}: add or change a traffic class; also each one in a reply or notification. */
    public static final int RTM_NEWTCLASS = 40;
    /** {@code RTM_DELTCLASS}: delete a traffic class; also a notification of its removal. */
    public static final int RTM_DELTCLASS = 41;
    /** {@code RTM_GETTCLASS}: ask for a traffic class, one or a dump. */
    public static final int RTM_GETTCLASS = 42;
    /** {@code RTM_NEWTFILTER}: add or change a traffic filter; also each one in a reply or notification. */
    public static final int RTM_NEWTFILTER = 44;
    /** {@code RTM_DELTFILTER}: delete a traffic filter; also a notification of its removal. */
    public static final int RTM_DELTFILTER = 45;
    /** {@code RTM_GETTFILTER}: ask for a traffic filter, one or a dump. */
    public static final int RTM_GETTFILTER = 46;
    /**
     * {@code RTM_NEWACTION}: add or change a traffic-control action; also each one in a reply or
     * notification.
     */
    public static final int RTM_NEWACTION = 48;
    /** {@code RTM_DELACTION}: delete a traffic-control action; also a notification of its removal. */
    public static final int RTM_DELACTION = 49;
    /** {@code RTM_GETACTION}: ask for a traffic-control action, one or a dump. */
    public static final int RTM_GETACTION = 50;
    /** {@code RTM_NEWPREFIX}: an IPv6 prefix learnt from a router advertisement (notification only). */
    public static final int RTM_NEWPREFIX = 52;
    /** {@code RTM_GETMULTICAST}: ask for the multicast addresses of interfaces (a dump). */
    public static final int RTM_GETMULTICAST = 58;
    /** {@code RTM_GETANYCAST}: ask for the anycast addresses of interfaces (a dump). */
    public static final int RTM_GETANYCAST = 62;
    /**
     * {@code RTM_NEWNEIGHTBL}: add or change a neighbour table's parameters; also each one in a reply
     * or notification.
     */
    public static final int RTM_NEWNEIGHTBL = 64;
    /** {@code RTM_GETNEIGHTBL}: ask for a neighbour table's parameters, one or a dump. */
    public static final int RTM_GETNEIGHTBL = 66;
    /** {@code RTM_SETNEIGHTBL}: change a neighbour table's parameters. */
    public static final int RTM_SETNEIGHTBL = 67;
    /** {@code RTM_NEWNDUSEROPT}: a neighbour discovery option handed to user space (notification only). */
    public static final int RTM_NEWNDUSEROPT = 68;
    /**
     * {@code RTM_NEWADDRLABEL}: add or change an IPv6 address label; also each one in a reply or
     * notification.
     */
    public static final int RTM_NEWADDRLABEL = 72;
    /** {@code RTM_DELADDRLABEL}: delete an IPv6 address label; also a notification of its removal. */
    public static final int RTM_DELADDRLABEL = 73;
    /** {@code RTM_GETADDRLABEL}: ask for an IPv6 address label, one or a dump. */
    public static final int RTM_GETADDRLABEL = 74;
    /** {@code RTM_GETDCB}: ask for data center bridging settings, one or a dump. */
    public static final int RTM_GETDCB = 78;
    /** {@code RTM_SETDCB}: change data center bridging settings. */
    public static final int RTM_SETDCB = 79;
    /**
     * {@code RTM_NEWNETCONF}: add or change a device's IP configuration (forwarding, rp_filter, ...);
     * also each one in a reply or notification.
     */
    public static final int RTM_NEWNETCONF = 80;
    /**
     * {@code RTM_DELNETCONF}: delete a device's IP configuration (forwarding, rp_filter, ...); also a
     * notification of its removal.
     */
    public static final int RTM_DELNETCONF = 81;
    /**
     * {@code RTM_GETNETCONF}: ask for a device's IP configuration (forwarding, rp_filter, ...), one
     * or a dump.
     */
    public static final int RTM_GETNETCONF = 82;
    /**
     * {@code RTM_NEWMDB}: add or change a bridge multicast database entry; also each one in a reply
     * or notification.
     */
    public static final int RTM_NEWMDB = 84;
    /** {@code RTM_DELMDB}: delete a bridge multicast database entry; also a notification of its removal. */
    public static final int RTM_DELMDB = 85;
    /** {@code RTM_GETMDB}: ask for a bridge multicast database entry, one or a dump. */
    public static final int RTM_GETMDB = 86;
    /** {@code RTM_NEWNSID}: add or change a namespace id; also each one in a reply or notification. */
    public static final int RTM_NEWNSID = 88;
    /** {@code RTM_DELNSID}: delete a namespace id; also a notification of its removal. */
    public static final int RTM_DELNSID = 89;
    /** {@code RTM_GETNSID}: ask for a namespace id, one or a dump. */
    public static final int RTM_GETNSID = 90;
    /** {@code RTM_NEWSTATS}: a device's statistics, in reply to {@code RTM_GETSTATS}. */
    public static final int RTM_NEWSTATS = 92;
    /** {@code RTM_GETSTATS}: ask for a device's statistics, one or a dump. */
    public static final int RTM_GETSTATS = 94;
    /** {@code RTM_SETSTATS}: change a device's statistics. */
    public static final int RTM_SETSTATS = 95;
    /** {@code RTM_NEWCACHEREPORT}: a multicast routing cache report (notification only). */
    public static final int RTM_NEWCACHEREPORT = 96;
    /**
     * {@code RTM_NEWCHAIN}: add or change a traffic-control filter chain; also each one in a reply or
     * notification.
     */
    public static final int RTM_NEWCHAIN = 100;
    /** {@code RTM_DELCHAIN}: delete a traffic-control filter chain; also a notification of its removal. */
    public static final int RTM_DELCHAIN = 101;
    /** {@code RTM_GETCHAIN}: ask for a traffic-control filter chain, one or a dump. */
    public static final int RTM_GETCHAIN = 102;
    /** {@code RTM_NEWNEXTHOP}: add or change a nexthop object; also each one in a reply or notification. */
    public static final int RTM_NEWNEXTHOP = 104;
    /** {@code RTM_DELNEXTHOP}: delete a nexthop object; also a notification of its removal. */
    public static final int RTM_DELNEXTHOP = 105;
    /** {@code RTM_GETNEXTHOP}: ask for a nexthop object, one or a dump. */
    public static final int RTM_GETNEXTHOP = 106;
    /**
     * {@code RTM_NEWLINKPROP}: add or change a link property (an alternative name); also each one in
     * a reply or notification.
     */
    public static final int RTM_NEWLINKPROP = 108;
    /**
     * {@code RTM_DELLINKPROP}: delete a link property (an alternative name); also a notification of
     * its removal.
     */
    public static final int RTM_DELLINKPROP = 109;
    /** {@code RTM_GETLINKPROP}: ask for a link property (an alternative name), one or a dump. */
    public static final int RTM_GETLINKPROP = 110;
    /** {@code RTM_NEWVLAN}: add or change bridge VLAN entries; also each one in a reply or notification. */
    public static final int RTM_NEWVLAN = 112;
    /** {@code RTM_DELVLAN}: delete bridge VLAN entries; also a notification of its removal. */
    public static final int RTM_DELVLAN = 113;
    /** {@code RTM_GETVLAN}: ask for bridge VLAN entries, one or a dump. */
    public static final int RTM_GETVLAN = 114;
    /**
     * {@code RTM_NEWNEXTHOPBUCKET}: add or change a bucket of a resilient nexthop group; also each
     * one in a reply or notification.
     */
    public static final int RTM_NEWNEXTHOPBUCKET = 116;
    /**
     * {@code RTM_DELNEXTHOPBUCKET}: delete a bucket of a resilient nexthop group; also a notification
     * of its removal.
     */
    public static final int RTM_DELNEXTHOPBUCKET = 117;
    /** {@code RTM_GETNEXTHOPBUCKET}: ask for a bucket of a resilient nexthop group, one or a dump. */
    public static final int RTM_GETNEXTHOPBUCKET = 118;
    /**
     * {@code RTM_NEWTUNNEL}: add or change VXLAN VNI filter entries; also each one in a reply or
     * notification.
     */
    public static final int RTM_NEWTUNNEL = 120;
    /** {@code RTM_DELTUNNEL}: delete VXLAN VNI filter entries; also a notification of its removal. */
    public static final int RTM_DELTUNNEL = 121;
    /** {@code RTM_GETTUNNEL}: ask for VXLAN VNI filter entries, one or a dump. */
    public static final int RTM_GETTUNNEL = 122;

    private MessageType() {
    }

    /**
     * The kernel name of a message type: {@code RTM_NEWLINK} for type 16 on
     * {@link NetlinkProtocol#ROUTE}, {@code NLMSG_ERROR} for type 2 on any protocol, otherwise
     * {@code "type N"}.
     *
     * @param protocol the netlink protocol number the message came on
     * @param type     the {@code nlmsg_type}
     * @return the name; never null
     */
    public static String name(int protocol, int type) {
        switch (type) {
            case NLMSG_NOOP: return "NLMSG_NOOP";
            case NLMSG_ERROR: return "NLMSG_ERROR";
            case NLMSG_DONE: return "NLMSG_DONE";
            case NLMSG_OVERRUN: return "NLMSG_OVERRUN";
            default: break;
        }
        if (protocol == NetlinkProtocol.ROUTE) {
            String name = routeName(type);
            if (name != null) {
                return name;
            }
        }
        return "type " + type;
    }

    private static String routeName(int type) {
        return switch (type) {
            case RTM_NEWLINK -> "RTM_NEWLINK";
            case RTM_DELLINK -> "RTM_DELLINK";
            case RTM_GETLINK -> "RTM_GETLINK";
            case RTM_SETLINK -> "RTM_SETLINK";
            case RTM_NEWADDR -> "RTM_NEWADDR";
            case RTM_DELADDR -> "RTM_DELADDR";
            case RTM_GETADDR -> "RTM_GETADDR";
            case RTM_NEWROUTE -> "RTM_NEWROUTE";
            case RTM_DELROUTE -> "RTM_DELROUTE";
            case RTM_GETROUTE -> "RTM_GETROUTE";
            case RTM_NEWNEIGH -> "RTM_NEWNEIGH";
            case RTM_DELNEIGH -> "RTM_DELNEIGH";
            case RTM_GETNEIGH -> "RTM_GETNEIGH";
            case RTM_NEWRULE -> "RTM_NEWRULE";
            case RTM_DELRULE -> "RTM_DELRULE";
            case RTM_GETRULE -> "RTM_GETRULE";
            case RTM_NEWQDISC -> "RTM_NEWQDISC";
            case RTM_DELQDISC -> "RTM_DELQDISC";
            case RTM_GETQDISC -> "RTM_GETQDISC";
            case RTM_NEWTCLASS -> "RTM_NEWTCLASS";
            case RTM_DELTCLASS -> "RTM_DELTCLASS";
            case RTM_GETTCLASS -> "RTM_GETTCLASS";
            case RTM_NEWTFILTER -> "RTM_NEWTFILTER";
            case RTM_DELTFILTER -> "RTM_DELTFILTER";
            case RTM_GETTFILTER -> "RTM_GETTFILTER";
            case RTM_NEWACTION -> "RTM_NEWACTION";
            case RTM_DELACTION -> "RTM_DELACTION";
            case RTM_GETACTION -> "RTM_GETACTION";
            case RTM_NEWPREFIX -> "RTM_NEWPREFIX";
            case RTM_GETMULTICAST -> "RTM_GETMULTICAST";
            case RTM_GETANYCAST -> "RTM_GETANYCAST";
            case RTM_NEWNEIGHTBL -> "RTM_NEWNEIGHTBL";
            case RTM_GETNEIGHTBL -> "RTM_GETNEIGHTBL";
            case RTM_SETNEIGHTBL -> "RTM_SETNEIGHTBL";
            case RTM_NEWNDUSEROPT -> "RTM_NEWNDUSEROPT";
            case RTM_NEWADDRLABEL -> "RTM_NEWADDRLABEL";
            case RTM_DELADDRLABEL -> "RTM_DELADDRLABEL";
            case RTM_GETADDRLABEL -> "RTM_GETADDRLABEL";
            case RTM_GETDCB -> "RTM_GETDCB";
            case RTM_SETDCB -> "RTM_SETDCB";
            case RTM_NEWNETCONF -> "RTM_NEWNETCONF";
            case RTM_DELNETCONF -> "RTM_DELNETCONF";
            case RTM_GETNETCONF -> "RTM_GETNETCONF";
            case RTM_NEWMDB -> "RTM_NEWMDB";
            case RTM_DELMDB -> "RTM_DELMDB";
            case RTM_GETMDB -> "RTM_GETMDB";
            case RTM_NEWNSID -> "RTM_NEWNSID";
            case RTM_DELNSID -> "RTM_DELNSID";
            case RTM_GETNSID -> "RTM_GETNSID";
            case RTM_NEWSTATS -> "RTM_NEWSTATS";
            case RTM_GETSTATS -> "RTM_GETSTATS";
            case RTM_SETSTATS -> "RTM_SETSTATS";
            case RTM_NEWCACHEREPORT -> "RTM_NEWCACHEREPORT";
            case RTM_NEWCHAIN -> "RTM_NEWCHAIN";
            case RTM_DELCHAIN -> "RTM_DELCHAIN";
            case RTM_GETCHAIN -> "RTM_GETCHAIN";
            case RTM_NEWNEXTHOP -> "RTM_NEWNEXTHOP";
            case RTM_DELNEXTHOP -> "RTM_DELNEXTHOP";
            case RTM_GETNEXTHOP -> "RTM_GETNEXTHOP";
            case RTM_NEWLINKPROP -> "RTM_NEWLINKPROP";
            case RTM_DELLINKPROP -> "RTM_DELLINKPROP";
            case RTM_GETLINKPROP -> "RTM_GETLINKPROP";
            case RTM_NEWVLAN -> "RTM_NEWVLAN";
            case RTM_DELVLAN -> "RTM_DELVLAN";
            case RTM_GETVLAN -> "RTM_GETVLAN";
            case RTM_NEWNEXTHOPBUCKET -> "RTM_NEWNEXTHOPBUCKET";
            case RTM_DELNEXTHOPBUCKET -> "RTM_DELNEXTHOPBUCKET";
            case RTM_GETNEXTHOPBUCKET -> "RTM_GETNEXTHOPBUCKET";
            case RTM_NEWTUNNEL -> "RTM_NEWTUNNEL";
            case RTM_DELTUNNEL -> "RTM_DELTUNNEL";
            case RTM_GETTUNNEL -> "RTM_GETTUNNEL";
            default -> null;
        };
    }
}

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

    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_GETLINK = 18;
    public static final int RTM_SETLINK = 19;
    public static final int RTM_NEWADDR = 20;
    public static final int RTM_DELADDR = 21;
    public static final int RTM_GETADDR = 22;
    public static final int RTM_NEWROUTE = 24;
    public static final int RTM_DELROUTE = 25;
    public static final int RTM_GETROUTE = 26;
    public static final int RTM_NEWNEIGH = 28;
    public static final int RTM_DELNEIGH = 29;
    public static final int RTM_GETNEIGH = 30;
    public static final int RTM_NEWRULE = 32;
    public static final int RTM_DELRULE = 33;
    public static final int RTM_GETRULE = 34;
    public static final int RTM_NEWQDISC = 36;
    public static final int RTM_DELQDISC = 37;
    public static final int RTM_GETQDISC = 38;
    public static final int RTM_NEWTCLASS = 40;
    public static final int RTM_DELTCLASS = 41;
    public static final int RTM_GETTCLASS = 42;
    public static final int RTM_NEWTFILTER = 44;
    public static final int RTM_DELTFILTER = 45;
    public static final int RTM_GETTFILTER = 46;
    public static final int RTM_NEWACTION = 48;
    public static final int RTM_DELACTION = 49;
    public static final int RTM_GETACTION = 50;
    public static final int RTM_NEWPREFIX = 52;
    public static final int RTM_GETMULTICAST = 58;
    public static final int RTM_GETANYCAST = 62;
    public static final int RTM_NEWNEIGHTBL = 64;
    public static final int RTM_GETNEIGHTBL = 66;
    public static final int RTM_SETNEIGHTBL = 67;
    public static final int RTM_NEWNDUSEROPT = 68;
    public static final int RTM_NEWADDRLABEL = 72;
    public static final int RTM_DELADDRLABEL = 73;
    public static final int RTM_GETADDRLABEL = 74;
    public static final int RTM_GETDCB = 78;
    public static final int RTM_SETDCB = 79;
    public static final int RTM_NEWNETCONF = 80;
    public static final int RTM_DELNETCONF = 81;
    public static final int RTM_GETNETCONF = 82;
    public static final int RTM_NEWMDB = 84;
    public static final int RTM_DELMDB = 85;
    public static final int RTM_GETMDB = 86;
    public static final int RTM_NEWNSID = 88;
    public static final int RTM_DELNSID = 89;
    public static final int RTM_GETNSID = 90;
    public static final int RTM_NEWSTATS = 92;
    public static final int RTM_GETSTATS = 94;
    public static final int RTM_SETSTATS = 95;
    public static final int RTM_NEWCACHEREPORT = 96;
    public static final int RTM_NEWCHAIN = 100;
    public static final int RTM_DELCHAIN = 101;
    public static final int RTM_GETCHAIN = 102;
    public static final int RTM_NEWNEXTHOP = 104;
    public static final int RTM_DELNEXTHOP = 105;
    public static final int RTM_GETNEXTHOP = 106;
    public static final int RTM_NEWLINKPROP = 108;
    public static final int RTM_DELLINKPROP = 109;
    public static final int RTM_GETLINKPROP = 110;
    public static final int RTM_NEWVLAN = 112;
    public static final int RTM_DELVLAN = 113;
    public static final int RTM_GETVLAN = 114;
    public static final int RTM_NEWNEXTHOPBUCKET = 116;
    public static final int RTM_DELNEXTHOPBUCKET = 117;
    public static final int RTM_GETNEXTHOPBUCKET = 118;
    public static final int RTM_NEWTUNNEL = 120;
    public static final int RTM_DELTUNNEL = 121;
    public static final int RTM_GETTUNNEL = 122;

    private MessageType() {
    }

    /**
     * The kernel name of a message type: {@code RTM_NEWLINK} for type 16 on
     * {@link NetlinkProtocol#ROUTE}, {@code NLMSG_ERROR} for type 2 on any protocol, otherwise
     * {@code "type N"}.
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

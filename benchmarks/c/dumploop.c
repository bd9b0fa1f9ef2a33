/*
 * dumploop: the kernel's limit for an RTM_GETLINK dump, as a yardstick for compare.sh.
 *
 * Usage: dumploop [-a] [-s] REPEATS
 *   -a  also visit every attribute of every link (nested ones too), as the Java cursor walk does
 *   -s  ask the kernel to leave statistics out (IFLA_EXT_MASK = RTEXT_FILTER_SKIP_STATS)
 *
 * Dumps every link of the current network namespace REPEATS times with one socket and a
 * 32 KiB receive buffer (what iproute2 uses), walking the nlmsghdr chain only unless -a is given.
 * Prints "links_per_sec=<median of the repeats> links=<links per dump>", the CPU time the
 * process spent per link over all repeats, in user space and in the kernel (which builds the
 * dump inside recv), so runs on a busy machine can still be compared, and with -a the checksum
 * of the last dump's attributes (the same sum LinkAttributeWalk computes, which a test checks).
 */
#include <errno.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define RECV_SIZE (32 * 1024)

static unsigned char buf[RECV_SIZE] __attribute__((aligned(8)));
static uint64_t checksum;

static void die(const char *what)
{
	perror(what);
	exit(1);
}

/* Steps through the attributes in [start, start + len), stopping at the first malformed one. */
#define for_each_attr(nla, start, len)                                                         \
	for (const struct nlattr *nla = (start); (len) >= (int)sizeof(*nla) &&                  \
	     nla->nla_len >= sizeof(*nla) && nla->nla_len <= (len);                               \
	     (len) -= NLA_ALIGN(nla->nla_len), nla = (const void *)((const char *)nla + NLA_ALIGN(nla->nla_len)))

#define attr_value(nla) ((const void *)((const char *)(nla) + NLA_HDRLEN))
#define attr_value_len(nla) ((int)(nla)->nla_len - NLA_HDRLEN)

static void leaf(const struct nlattr *nla)
{
	int vlen = attr_value_len(nla);
	checksum += (nla->nla_type & NLA_TYPE_MASK) * 31u + vlen;
	if (vlen == 4)
		checksum += *(const uint32_t *)attr_value(nla);
	else if (vlen == 8)
		checksum += *(const uint64_t *)attr_value(nla);
}

/* Children are leaves unless flagged NLA_F_NESTED; mirrors LinkAttributeWalk. */
static void walk_flagged(const struct nlattr *first, int len)
{
	for_each_attr(nla, first, len) {
		if (nla->nla_type & NLA_F_NESTED)
			walk_flagged(attr_value(nla), attr_value_len(nla));
		else
			leaf(nla);
	}
}

static void walk_list_of_nests(const struct nlattr *first, int len)
{
	for_each_attr(nla, first, len) {
		checksum += nla->nla_type & NLA_TYPE_MASK;
		walk_flagged(attr_value(nla), attr_value_len(nla));
	}
}

static void walk_link_info(const struct nlattr *first, int len)
{
	for_each_attr(nla, first, len) {
		int type = nla->nla_type & NLA_TYPE_MASK;
		/* IFLA_INFO_DATA and IFLA_INFO_SLAVE_DATA are nests the kernel does not flag. */
		if (type == IFLA_INFO_DATA || type == IFLA_INFO_SLAVE_DATA || (nla->nla_type & NLA_F_NESTED))
			walk_flagged(attr_value(nla), attr_value_len(nla));
		else
			leaf(nla);
	}
}

static void walk_link(const struct nlmsghdr *h)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(h);
	int len = (int)h->nlmsg_len - NLMSG_LENGTH(sizeof(*ifi));

	checksum += ifi->ifi_index;
	for_each_attr(nla, (const void *)((const char *)ifi + NLMSG_ALIGN(sizeof(*ifi))), len) {
		switch (nla->nla_type & NLA_TYPE_MASK) {
		case IFLA_AF_SPEC:
		case IFLA_VFINFO_LIST:
		case IFLA_VF_PORTS:
			walk_list_of_nests(attr_value(nla), attr_value_len(nla));
			break;
		case IFLA_LINKINFO:
			walk_link_info(attr_value(nla), attr_value_len(nla));
			break;
		case IFLA_PORT_SELF:
		case IFLA_XDP:
		case IFLA_PROP_LIST:
			walk_flagged(attr_value(nla), attr_value_len(nla));
			break;
		default:
			if (nla->nla_type & NLA_F_NESTED)
				walk_flagged(attr_value(nla), attr_value_len(nla));
			else
				leaf(nla);
		}
	}
}

/* One whole dump; returns the number of RTM_NEWLINK messages. */
static long dump(int fd, unsigned seq, int walk_attributes, int skip_stats)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg ifi;
		struct nlattr ext_attr;
		uint32_t ext_mask;
	} req;
	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = skip_stats ? sizeof(req) : NLMSG_LENGTH(sizeof(req.ifi));
	req.h.nlmsg_type = RTM_GETLINK;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.h.nlmsg_seq = seq;
	req.ifi.ifi_family = AF_UNSPEC;
	req.ext_attr.nla_len = NLA_HDRLEN + sizeof(uint32_t);
	req.ext_attr.nla_type = IFLA_EXT_MASK;
	req.ext_mask = RTEXT_FILTER_SKIP_STATS;
	if (send(fd, &req, req.h.nlmsg_len, 0) < 0)
		die("send");

	long links = 0;
	checksum = 0;
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die("recv");
		}
		int len = (int)n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_seq != seq)
				continue;
			if (h->nlmsg_type == NLMSG_DONE)
				return links;
			if (h->nlmsg_type == NLMSG_ERROR) {
				fprintf(stderr, "dump failed: %s\n", strerror(-*(int *)NLMSG_DATA(h)));
				exit(1);
			}
			if (h->nlmsg_type == RTM_NEWLINK) {
				links++;
				if (walk_attributes)
					walk_link(h);
			}
		}
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_seconds(const struct timeval *tv)
{
	return tv->tv_sec + tv->tv_usec / 1e6;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int walk_attributes = 0, skip_stats = 0, opt;
	while ((opt = getopt(argc, argv, "as")) != -1) {
		if (opt == 'a')
			walk_attributes = 1;
		else if (opt == 's')
			skip_stats = 1;
		else
			return 2;
	}
	if (optind != argc - 1 || atoi(argv[optind]) <= 0) {
		fprintf(stderr, "usage: %s [-a] [-s] REPEATS\n", argv[0]);
		return 2;
	}
	int repeats = atoi(argv[optind]);

	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		die("socket");
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	if (bind(fd, (struct sockaddr *)&local, sizeof(local)) < 0)
		die("bind");

	double *rates = calloc(repeats, sizeof(*rates));
	long links = dump(fd, 1, walk_attributes, skip_stats); /* warm the caches once */
	struct rusage before, after;
	getrusage(RUSAGE_SELF, &before);
	for (int i = 0; i < repeats; i++) {
		double start = now();
		links = dump(fd, i + 2, walk_attributes, skip_stats);
		rates[i] = links / (now() - start);
	}
	getrusage(RUSAGE_SELF, &after);
	double total = (double)links * repeats;
	double user_ns = (cpu_seconds(&after.ru_utime) - cpu_seconds(&before.ru_utime)) * 1e9 / total;
	double sys_ns = (cpu_seconds(&after.ru_stime) - cpu_seconds(&before.ru_stime)) * 1e9 / total;
	qsort(rates, repeats, sizeof(*rates), by_value);
	printf("links_per_sec=%.0f links=%ld user_ns_per_link=%.0f sys_ns_per_link=%.0f checksum=%llu\n",
	       rates[repeats / 2], links, user_ns, sys_ns, (unsigned long long)checksum);
	close(fd);
	return 0;
}

package io.jnetlink.route.rule;

/**
 * Layout of the policy routing rule header, from {@code <linux/fib_rules.h>}:
 *
 * <pre>
 * struct fib_rule_hdr {
 *     __u8  family;
 *     __u8  dst_len;
 *     __u8  src_len;
 *     __u8  tos;
 *     __u8  table;     // FRA_TABLE carries ids above 255
 *     __u8  res1;
 *     __u8  res2;
 *     __u8  action;    // FR_ACT_*
 *     __u32 flags;     // FIB_RULE_*
 * };
 * </pre>
 */
public final class FibRuleHdr {
    /** Offset of {@code family}. */
    public static final int FAMILY = 0;
    /** Offset of {@code dst_len}. */
    public static final int DST_LEN = 1;
    /** Offset of {@code src_len}. */
    public static final int SRC_LEN = 2;
    /** Offset of {@code tos}. */
    public static final int TOS = 3;
    /** Offset of {@code table}. */
    public static final int TABLE = 4;
    /** Offset of {@code action}. */
    public static final int ACTION = 7;
    /** Offset of {@code flags}. */
    public static final int FLAGS = 8;
    /** {@code sizeof(struct fib_rule_hdr)}. */
    public static final int SIZE = 12;

    private FibRuleHdr() {
    }
}

package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.rule.Rule;
import io.jnetlink.route.rule.RuleAttributes;
import io.jnetlink.route.rule.RuleCodec;
import io.jnetlink.route.rule.RuleFilter;
import io.jnetlink.route.rule.RuleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Policy routing rules of one namespace: what {@code ip rule} shows and changes. Obtained from
 * {@link Rtnl#rules()}; safe to use from any thread.
 */
public final class Rules {
    private final Rtnl rtnl;

    Rules(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every rule of every family ({@code ip rule} and {@code ip -6 rule}).
     *
     * @return the rules in the order the kernel dumps them (by family, then priority)
     */
    public List<Rule> list() {
        return list(RuleFilter.all());
    }

    /**
     * The rules of {@code family} ({@code ip -6 rule} is {@code list(AF_INET6)}).
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for every family
     * @return the rules in priority order
     * @throws IllegalArgumentException for another family
     */
    public List<Rule> list(int family) {
        return list(RuleFilter.all().withFamily(family));
    }

    /**
     * The rules {@code filter} selects; the kernel dumps the filter's family, the rest is
     * filtered here.
     *
     * @param filter which rules; not null
     * @return the rules in the order the kernel dumps them; empty when none match
     */
    public List<Rule> list(RuleFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<Rule> rules = new ArrayList<>();
        rtnl.dump(w -> RuleCodec.writeDump(w, filter.family()), DumpHandlers.only(MessageType.RTM_NEWRULE,
                DumpHandlers.collecting(RuleCodec::decode, filter::test, rules)));
        return rules;
    }

    /**
     * Adds a rule ({@code ip rule add}).
     *
     * @param request the rule to add; not null
     * @throws NetlinkException with {@code EEXIST} when the same rule exists, {@code EINVAL} for
     *                          a combination the kernel refuses (a {@code goto} backwards, ...)
     */
    public void add(RuleRequest request) {
        send(MessageType.RTM_NEWRULE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Deletes the first rule matching every field {@code request} sets ({@code ip rule del}).
     *
     * @param request the fields a rule must match; not null
     * @throws NetlinkException with {@code ENOENT} when no rule matches
     */
    public void delete(RuleRequest request) {
        send(MessageType.RTM_DELRULE, 0, request);
    }

    /**
     * Deletes {@code rule} as listed ({@link RuleRequest#from(Rule)}).
     *
     * @param rule a rule as {@link #list(RuleFilter)} returned it; not null
     * @throws NetlinkException with {@code ENOENT} when it is gone
     */
    public void delete(Rule rule) {
        delete(RuleRequest.from(rule));
    }

    /**
     * Deletes every rule {@code filter} selects that has a priority, as {@code ip rule flush}
     * does: the rule at priority 0 (the local table's lookup, which the kernel reports without
     * {@link RuleAttributes#PRIORITY}) stays. Rules removed meanwhile are skipped.
     *
     * @param filter which rules; not null, narrower than {@code RuleFilter.all()}
     * @return how many rules this call deleted, 0 or more
     * @throws IllegalArgumentException for {@code RuleFilter.all()}, which would strip every family
     */
    public int flush(RuleFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): a family, table, priority or protocol");
        }
        List<Rule> rules = list(filter).stream().filter(r -> r.get(RuleAttributes.PRIORITY) != null).toList();
        return Deletions.deleteEach(rules, this::delete, Errno.ENOENT);
    }

    private void send(int type, int flags, RuleRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> RuleCodec.write(w, type, flags, request), message -> true);
    }
}

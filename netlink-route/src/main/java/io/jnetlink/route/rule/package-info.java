/**
 * Policy routing rules ({@code ip rule}): the {@link io.jnetlink.route.rule.Rule} record, its
 * attribute table {@link io.jnetlink.route.rule.RuleAttributes} ({@code FRA_*}) with the value
 * records {@link io.jnetlink.route.rule.UidRange} and {@link io.jnetlink.route.rule.RulePortRange},
 * {@link io.jnetlink.route.rule.RuleRequest}, {@link io.jnetlink.route.rule.RuleFilter} and
 * {@link io.jnetlink.route.rule.RuleCodec}. Operations are on {@link io.jnetlink.route.Rtnl#rules()}.
 */
package io.jnetlink.route.rule;

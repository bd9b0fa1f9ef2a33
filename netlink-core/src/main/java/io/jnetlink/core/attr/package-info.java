/**
 * Attribute sets declared once: each kernel attribute space ({@code IFLA_BR_*}, {@code RTA_*}, ...)
 * is an {@link io.jnetlink.core.attr.AttributeSet} of {@link io.jnetlink.core.attr.Attribute} rows
 * (number, kernel name, {@link io.jnetlink.core.attr.ValueType wire type},
 * {@link io.jnetlink.core.attr.Access access}, {@link io.jnetlink.core.attr.Unit unit} and the
 * {@link io.jnetlink.core.attr.Display name and format iproute2 prints}). Decoding into
 * {@link io.jnetlink.core.attr.AttributeValues}, encoding requests and printing walk the same rows;
 * attributes a set does not name stay raw ({@link io.jnetlink.core.attr.RawAttributes}), lossless
 * and re-encodable.
 */
package io.jnetlink.core.attr;

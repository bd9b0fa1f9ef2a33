/**
 * Zero-copy reading and writing of netlink messages: {@link io.jnetlink.core.message.MessageCursor}
 * and {@link io.jnetlink.core.message.AttributeCursor} walk a buffer in place and check every
 * length before reading; {@link io.jnetlink.core.message.MessageWriter} builds requests. Cursors
 * are reusable flyweights, valid only while the buffer they wrap is.
 */
package io.jnetlink.core.message;

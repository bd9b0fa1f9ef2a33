package io.jnetlink.core;

/**
 * Receives multicast notifications from {@link NetlinkSocket#receiveEvents}. Besides messages
 * it is told when the kernel dropped notifications because the socket's receive buffer was full
 * ({@code ENOBUFS}): the receiver's view is then stale and must be rebuilt from a fresh dump.
 */
public interface EventHandler extends MessageHandler {
    /**
     * Called when notifications were lost. The subscription stays alive; the caller should
     * resynchronise (dump again and compare) before trusting its state. Notifications still
     * queued when the loss was noticed are discarded first, so everything that changes after
     * this call arrives as a notification (or as another overrun).
     */
    void onOverrun();
}

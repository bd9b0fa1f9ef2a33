package io.jnetlink.route.event;

/**
 * Receives the events of a started {@link EventSubscription} on its dedicated thread, in the
 * order the kernel sent them.
 */
public interface EventListener {
    /**
     * One notification; {@link RtnlEvent.Overrun} arrives through {@link #onOverrun()} instead.
     *
     * @param event the decoded notification; never null
     */
    void onEvent(RtnlEvent event);

    /**
     * Notifications were lost ({@code ENOBUFS}); dump afresh to resynchronise. The subscription
     * goes on.
     */
    void onOverrun();

    /**
     * The subscription failed (a malformed message, a closed socket) and its thread ends.
     *
     * @param error why it failed; never null
     */
    default void onError(RuntimeException error) {
    }
}

package io.jnetlink.route.link;

/**
 * A process holding a {@code /dev/net/tun} descriptor attached to a device: {@code ip -d tuntap
 * show}'s "Attached to processes".
 *
 * @param pid     the process id
 * @param command the process's command name ({@code /proc/PID/comm}), or null when it could not be read
 */
public record TunTapProcess(int pid, String command) {
}

package io.jnetlink.core;

/**
 * A refusal by the kernel (an {@code NLMSG_ERROR} reply or a dump that ended in error) or a
 * failed system call. Carries the operation ({@code RTM_NEWLINK}, {@code setns}), the errno
 * number and name, and, when the kernel sent an extended ack, its own message text, the offset
 * of the offending attribute in the request and the type of a missing attribute.
 *
 * <p>The message reads {@code RTM_NEWLINK failed: EEXIST (17) File exists; kernel: "..."}.
 * Unchecked, since requests are often made from lambdas running inside a namespace.
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int errno;
    private final String kernelMessage;
    private final int attributeOffset;
    private final int missingAttributeType;
    private final int missingNestOffset;

    /** A failed system call or a refusal without extended ack details. */
    public NetlinkException(String operation, int errno) {
        this(operation, errno, null, -1, -1, -1);
    }

    /**
     * A kernel refusal with extended ack details.
     *
     * @param operation            the request's name, such as {@code RTM_NEWLINK}
     * @param errno                the positive errno
     * @param kernelMessage        the kernel's extack text, or null
     * @param attributeOffset      byte offset of the offending attribute in the request, or -1
     * @param missingAttributeType type of a required attribute that was missing, or -1
     * @param missingNestOffset    offset of the nest the missing attribute belongs in, or -1
     */
    public NetlinkException(String operation, int errno, String kernelMessage, int attributeOffset,
                            int missingAttributeType, int missingNestOffset) {
        this(operation, errno, kernelMessage, attributeOffset, missingAttributeType, missingNestOffset,
                format(operation + " failed: " + Errno.describe(errno), kernelMessage));
    }

    /** For subclasses that phrase their own message. */
    protected NetlinkException(String operation, int errno, String kernelMessage, int attributeOffset,
                               int missingAttributeType, int missingNestOffset, String message) {
        super(message);
        this.operation = operation;
        this.errno = errno;
        this.kernelMessage = kernelMessage;
        this.attributeOffset = attributeOffset;
        this.missingAttributeType = missingAttributeType;
        this.missingNestOffset = missingNestOffset;
    }

    private static String format(String head, String kernelMessage) {
        return kernelMessage == null ? head : head + "; kernel: \"" + kernelMessage + "\"";
    }

    /** The operation that failed: a message type name such as {@code RTM_NEWLINK}, or a system call. */
    public String operation() {
        return operation;
    }

    /** The positive errno, such as 17. */
    public int errno() {
        return errno;
    }

    /** The errno's symbolic name, such as {@code EEXIST}. */
    public String errnoName() {
        return Errno.name(errno);
    }

    /** The kernel's own explanation from the extended ack, or null when it sent none. */
    public String kernelMessage() {
        return kernelMessage;
    }

    /** Byte offset in the request of the attribute the kernel rejected, or -1 when not reported. */
    public int attributeOffset() {
        return attributeOffset;
    }

    /** Type of a required attribute the request lacked, or -1 when not reported. */
    public int missingAttributeType() {
        return missingAttributeType;
    }

    /** Offset of the nest in which {@link #missingAttributeType()} was expected, or -1. */
    public int missingNestOffset() {
        return missingNestOffset;
    }
}

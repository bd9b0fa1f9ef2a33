package io.jnetlink.core;

/**
 * A refusal by the kernel (an {@code NLMSG_ERROR} reply or a dump that ended in error) or a
 * failed system call. Carries the operation ({@code RTM_NEWLINK}, {@code setns}), the errno
 * (an {@link Errno}, and its number), and, when the kernel sent an extended ack, its own message
 * text, the offset of the offending attribute in the request and the type of a missing attribute.
 *
 * <p>Test the cause with {@link #is(Errno...)}:
 * {@code catch (NetlinkException e) { if (!e.is(Errno.EEXIST)) throw e; }}, or switch on
 * {@link #errno()}.
 *
 * <p>The message reads {@code RTM_NEWLINK failed: EEXIST (17) File exists; kernel: "..."}.
 * Unchecked, since requests are often made from lambdas running inside a namespace.
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The request's message type name or the system call; never null. */
    private final String operation;
    /** The positive errno. */
    private final int errno;
    /** The kernel's extack text, or null when it sent none. */
    private final String kernelMessage;
    /** Byte offset of the rejected attribute in the request, or -1. */
    private final int attributeOffset;
    /** Type of the required attribute the request lacked, or -1. */
    private final int missingAttributeType;
    /** Byte offset of the nest the missing attribute belongs in, or -1. */
    private final int missingNestOffset;

    /**
     * A failed system call or a refusal without extended ack details.
     *
     * @param operation the system call ({@code sendmsg}, {@code setns}) or the request's message
     *                  type name ({@code RTM_NEWLINK}); not null
     * @param errno     the positive errno, such as 17 for {@code EEXIST}
     */
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

    /**
     * For subclasses that phrase their own message; the fields mean what they mean in the public
     * constructor.
     *
     * @param operation            the request's name, such as {@code RTM_GETLINK}
     * @param errno                the positive errno
     * @param kernelMessage        the kernel's extack text, or null
     * @param attributeOffset      byte offset of the offending attribute in the request, or -1
     * @param missingAttributeType type of a required attribute that was missing, or -1
     * @param missingNestOffset    offset of the nest the missing attribute belongs in, or -1
     * @param message              the complete exception message, returned by {@link #getMessage()}
     */
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

    /**
     * The operation that failed.
     *
     * @return a message type name such as {@code RTM_NEWLINK}, or a system call name; never null
     */
    public String operation() {
        return operation;
    }

    /**
     * The error the kernel or the system call reported.
     *
     * @return the constant, such as {@link Errno#EEXIST}, or {@link Errno#UNKNOWN} for a number
     *         {@link Errno} does not name ({@link #errnoNumber()} has it); never null
     */
    public Errno errno() {
        return Errno.of(errno);
    }

    /**
     * The error number the kernel or the system call reported, also when {@link Errno} does not
     * name it.
     *
     * @return the positive errno, such as 17
     */
    public int errnoNumber() {
        return errno;
    }

    /**
     * Whether the error is one of {@code any}.
     *
     * @param any the errors to test for, such as {@code Errno.EEXIST, Errno.ENODEV}
     * @return true when {@link #errno()} is one of them; false for none given
     */
    public boolean is(Errno... any) {
        Errno actual = errno();
        for (Errno candidate : any) {
            if (candidate == actual) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kernel's own explanation from the extended ack.
     *
     * @return the extack text, or null when the kernel sent none
     */
    public String kernelMessage() {
        return kernelMessage;
    }

    /**
     * Where in the request the kernel found fault, from the extended ack.
     *
     * @return the byte offset in the request of the attribute the kernel rejected, or -1 when
     *         not reported
     */
    public int attributeOffset() {
        return attributeOffset;
    }

    /**
     * A required attribute the request lacked, from the extended ack.
     *
     * @return the attribute type (an {@code IFLA_*}, {@code IFA_*}, ... number), or -1 when not
     *         reported
     */
    public int missingAttributeType() {
        return missingAttributeType;
    }

    /**
     * Where the missing attribute should have been, from the extended ack.
     *
     * @return the byte offset in the request of the nest in which {@link #missingAttributeType()}
     *         was expected, or -1 when not reported
     */
    public int missingNestOffset() {
        return missingNestOffset;
    }
}

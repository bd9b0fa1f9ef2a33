package io.jnetlink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.internal.Syscalls;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Errno} as a table of values and {@link NetlinkException}'s view of it; no kernel needed. */
class ErrnoTest {
    @Test
    void numbersAreTheKernelHeaders() {
        assertEquals(1, Errno.EPERM.number());
        assertEquals(2, Errno.ENOENT.number());
        assertEquals(17, Errno.EEXIST.number());
        assertEquals(19, Errno.ENODEV.number());
        assertEquals(22, Errno.EINVAL.number());
        assertEquals(95, Errno.EOPNOTSUPP.number());
        assertEquals(99, Errno.EADDRNOTAVAIL.number());
        assertEquals(105, Errno.ENOBUFS.number());
        assertEquals(133, Errno.EHWPOISON.number());
    }

    @Test
    void ofFindsEveryConstantByItsNumber() {
        Set<Integer> numbers = new HashSet<>();
        for (Errno e : Errno.values()) {
            if (e != Errno.UNKNOWN) {
                assertSame(e, Errno.of(e.number()), e.name());
                assertTrue(numbers.add(e.number()), "one constant per number: " + e);
            }
        }
        // 1..133 less the two numbers asm-generic leaves unassigned (41, 58).
        assertEquals(131, numbers.size());
    }

    @Test
    void aliasesAreTheCanonicalConstants() {
        assertSame(Errno.EAGAIN, Errno.EWOULDBLOCK);
        assertSame(Errno.EDEADLK, Errno.EDEADLOCK);
    }

    @Test
    void unknownNumbersMapToUnknown() {
        for (int number : new int[] {0, -1, -17, 41, 58, 134, 524, Integer.MAX_VALUE}) {
            assertSame(Errno.UNKNOWN, Errno.of(number), Integer.toString(number));
        }
        assertEquals(-1, Errno.UNKNOWN.number());
    }

    @Test
    void messagesAreStrerrors() {
        assertEquals("File exists", Errno.EEXIST.message());
        assertEquals("No such device", Errno.ENODEV.message());
        assertEquals("Operation not supported", Errno.EOPNOTSUPP.message());
        assertEquals("No such device", Errno.strerror(19));
        assertEquals("Unknown error 524", Errno.strerror(524));
    }

    @Test
    void messagesAreTheCLibrarysAsBefore() {
        // The messages used to come from strerror(3) at run time; the table must say the same.
        for (int number = 1; number <= 140; number++) {
            assertEquals(Syscalls.strerror(number), Errno.strerror(number), Integer.toString(number));
        }
        assertEquals(Syscalls.strerror(524), Errno.strerror(524));
    }

    @Test
    void describeNamesNumberAndMessage() {
        assertEquals("EEXIST (17) File exists", Errno.describe(17));
        assertEquals("EADDRNOTAVAIL (99) Cannot assign requested address", Errno.describe(99));
        assertEquals("E524 (524) Unknown error 524", Errno.describe(524));
    }

    @Test
    void exceptionReportsItsErrnoAsAValue() {
        NetlinkException e = new NetlinkException("RTM_NEWLINK", 17, "exists", -1, -1, -1);
        assertSame(Errno.EEXIST, e.errno());
        assertEquals(17, e.errnoNumber());
        assertEquals("RTM_NEWLINK failed: EEXIST (17) File exists; kernel: \"exists\"", e.getMessage());
        assertEquals("setns failed: EPERM (1) Operation not permitted", new NetlinkException("setns", 1).getMessage());
    }

    @Test
    void isMatchesOneConstant() {
        NetlinkException e = new NetlinkException("RTM_GETLINK", 19);
        assertTrue(e.is(Errno.ENODEV));
        assertFalse(e.is(Errno.ENOENT));
    }

    @Test
    void isMatchesAnyOfSeveral() {
        NetlinkException e = new NetlinkException("RTM_DELADDR", 99);
        assertTrue(e.is(Errno.ENODEV, Errno.EADDRNOTAVAIL));
        assertTrue(e.is(Errno.EADDRNOTAVAIL, Errno.ENODEV, Errno.ENOENT));
        assertFalse(e.is(Errno.ENODEV, Errno.ENOENT, Errno.EEXIST));
        assertFalse(e.is(), "no candidates");
    }

    @Test
    void unknownNumberKeepsItsNumberInTheException() {
        NetlinkException e = new NetlinkException("RTM_NEWLINK", 524);
        assertSame(Errno.UNKNOWN, e.errno());
        assertEquals(524, e.errnoNumber());
        assertTrue(e.is(Errno.UNKNOWN));
        assertFalse(e.is(Errno.EOPNOTSUPP));
        assertEquals("RTM_NEWLINK failed: E524 (524) Unknown error 524", e.getMessage());
    }

    @Test
    void dumpInterruptedIsEintr() {
        assertTrue(new DumpInterruptedException("RTM_GETLINK", 2).is(Errno.EINTR));
    }
}

/**
 * The system calls ({@link io.jnetlink.core.internal.Syscalls}) and their constants. Not part of
 * the API and not exported by the module (on the class path it is visible, but free to change in
 * any release); left out of the javadoc.
 */
package io.jnetlink.core.internal;

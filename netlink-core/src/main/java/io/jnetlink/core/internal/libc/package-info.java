/**
 * The libc binding that jnr-ffi implements. Not part of the API: the module exports this package
 * only because jnr-ffi defines the implementing class in a class loader of its own (an unnamed
 * module), which must see the interface. It holds that interface and nothing callable; left out
 * of the javadoc and free to change in any release.
 */
package io.jnetlink.core.internal.libc;

/**
 * The system-call binding (jnr-ffi) and its constants. Not part of the API: public only because
 * jnr-ffi implements the binding in a class loader of its own; left out of the javadoc and free
 * to change in any release.
 */
package io.jnetlink.core.internal;

/**
 * Helpers shared by this module's packages (argument checks). Not part of the API: public only
 * because Java has no module-private visibility across packages of an automatic module; left
 * out of the javadoc and free to change in any release.
 */
package io.jnetlink.route.internal;

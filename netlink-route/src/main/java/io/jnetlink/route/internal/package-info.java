/**
 * Helpers shared by this module's packages (argument checks). Not part of the API: the module
 * exports this package only to {@code io.jnetlink.vxlan} (on the class path it is visible, but
 * free to change in any release); left out of the javadoc.
 */
package io.jnetlink.route.internal;

/**
 * Docker-overlay-style sandboxes ({@link io.jnetlink.vxlan.overlay.OverlaySandbox}): a
 * namespace holding {@code br0} and {@code vxlan0}, veth pairs to container namespaces, and
 * remote peers, built with this library alone.
 */
package io.jnetlink.vxlan.overlay;

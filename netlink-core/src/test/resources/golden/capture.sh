#!/usr/bin/env bash
# Re-captures the golden netlink fixtures in this directory from the running kernel (run as root).
#
# Each fixture is what iproute2's `ip` really sent and received: strace dumps the bytes of every
# sendto/sendmsg/recvmsg, and we keep one request ip sent (the last of the wanted message type) and
# every datagram received after it until the next send (ip's probes and name lookups are left out). The namespace is throwaway.
#
# File format, read by GoldenFixture: '#' starts a comment; "request N" and "datagram N" start a
# block of N bytes written as hex pairs; whitespace is ignored.
set -euo pipefail
cd "$(dirname "$0")"

NS="jnl-golden-$$"
cleanup() { ip netns del "$NS" 2>/dev/null || true; }
trap cleanup EXIT

SETUP=(
  "link set lo up"
  "link add ifb0 address 02:00:00:00:00:0a type ifb"
  "link add br0 address 02:00:00:00:00:0b type bridge"
  "link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02"
  "link set veth0 mtu 1400"
  "link set veth0 up"
  "link set veth1 up"
  "addr add 192.0.2.1/24 dev veth0"
  "addr add 2001:db8::1/64 dev veth0 nodad"
  "route add 198.51.100.0/24 via 192.0.2.254 dev veth0"
)

ip netns add "$NS"
for step in "${SETUP[@]}"; do
  # shellcheck disable=SC2086
  ip -n "$NS" $step
done

# capture FILE REQUEST-TYPE DESCRIPTION IP-ARGS...  (REQUEST-TYPE: nlmsg_type as the two
# little-endian hex bytes strace prints, e.g. "12 00" for RTM_GETLINK)
capture() {
  local file="$1" want="$2" description="$3"
  shift 3
  local trace output status
  trace="$(mktemp)"
  set +e
  output="$(strace -o "$trace" -e trace=sendto,sendmsg,recvmsg -e read=all -e write=all -xx -s 0 \
            ip -n "$NS" "$@" 2>&1)"
  status=$?
  set -e
  {
    echo "# $description"
    echo "# Command: ip -n $NS $*   (exit status $status)"
    echo "# Captured with: strace -e trace=sendto,sendmsg,recvmsg -e read=all -e write=all -xx -s 0 ip -n $NS $*"
    echo "# Kernel $(uname -r), $(ip -V)"
    echo "# Namespace $NS set up with:"
    for step in "${SETUP[@]}"; do echo "#   ip -n $NS $step"; done
    echo "# ip printed:"
    sed 's/^/#   /' <<<"$output"
    awk -v want="$want" '
      # Every send opens an exchange; the fixture is the last exchange whose request has the
      # wanted nlmsg_type (ip sends probes and name lookups around the request of interest).
      /^(sendto|sendmsg)\(/ { e++; kind = "request"; start(); next }
      /^recvmsg\(/ {
        if ($0 ~ /MSG_PEEK/ || $NF + 0 <= 0) { kind = ""; next }
        kind = "datagram"; start(); next
      }
      /^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / && kind != "" {
        hex = substr($0, 11, 49); gsub(/  +/, " ", hex); sub(/^ /, "", hex); sub(/ +$/, "", hex)
        if (body[n] == "" && kind == "request") { split(hex, b, " "); type[e] = b[5] " " b[6] }
        body[n] = body[n] hex "\n"; next
      }
      function start() { n++; owner[n] = e; head[n] = kind " " $NF; body[n] = "" }
      END {
        for (i = 1; i <= e; i++) if (type[i] == want) pick = i
        if (!pick) { print "no request of type " want > "/dev/stderr"; exit 1 }
        for (i = 1; i <= n; i++) if (owner[i] == pick) printf "%s\n%s", head[i], body[i]
      }
    ' "$trace"
  } > "$file"
  rm -f "$trace"
}

capture link-dump.hex "12 00" "RTM_GETLINK dump: lo, ifb0, br0 and the veth pair veth0/veth1" link show
capture addr-dump.hex "16 00" "RTM_GETADDR dump (AF_UNSPEC): IPv4 and IPv6 addresses" addr show
capture route-dump.hex "1a 00" "RTM_GETROUTE dump (AF_INET, main table)" route show
capture error-unknown-kind.hex "10 00" "RTM_NEWLINK of an unknown kind: NLMSG_ERROR with extack text" \
  link add x type nosuchkind
capture error-out-of-range.hex "10 00" "RTM_NEWLINK (ip link set) with IFLA_GSO_MAX_SIZE below the policy minimum: extack text, offset, policy" \
  link set ifb0 gso_max_size 10
echo "captured into $(pwd)"

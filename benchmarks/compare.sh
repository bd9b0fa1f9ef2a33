#!/usr/bin/env bash
# compare.sh N: link-dump throughput of this library beside `ip -o link show` and a minimal C
# dump loop (the kernel's limit), in one run and one throwaway namespace holding N ifb devices.
#
#   benchmarks/compare.sh [N]            N defaults to 10000
#   ROUNDS=5 REPEATS=10 benchmarks/compare.sh 10000
#
# Each round runs, one after the other: the C loop (nlmsghdr only, then every attribute), one
# JVM doing REPEATS dumps per library mode (after its own warm-up), and `ip -o link show`
# REPEATS times. The table gives the median over rounds of each tool's links/s; the last line
# is machine-readable: `ratios: records/C=0.83 cursor/C=0.92 ip/C=0.44`.
# Needs root (it makes and removes its own namespace; the root namespace is never touched) and
# benchmarks/target/benchmarks.jar (mvn -B package).
set -euo pipefail

n=${1:-10000}
rounds=${ROUNDS:-5}
repeats=${REPEATS:-10}
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/benchmarks.jar
java=${JAVA:-java}

if ! [[ $n =~ ^[0-9]+$ && $rounds =~ ^[1-9][0-9]*$ && $repeats =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [ROUNDS=r] [REPEATS=k] $0 [N]" >&2
    exit 2
fi
if [[ ! -f $jar ]]; then
    echo "compare.sh: $jar missing; build it with: mvn -B package" >&2
    exit 1
fi

ns=jnlb-compare-$$
work=$(mktemp -d)
cleanup() {
    ip netns del "$ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$ns"
for ((i = 0; i < n; i++)); do
    echo "link add ifb$i type ifb"
done >"$work/batch"
ip -n "$ns" -batch "$work/batch"
links=$(ip -n "$ns" -o link show | wc -l)

have_c=0
if command -v cc >/dev/null 2>&1; then
    cc -O2 -o "$work/dumploop" "$here/c/dumploop.c"
    have_c=1
else
    echo "compare.sh: no cc; the C loop is skipped and ratios are not computed" >&2
fi

# results: one "tool links_per_sec" line per tool and round
results=$work/results
: >"$results"
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

for ((round = 1; round <= rounds; round++)); do
    if ((have_c)); then
        echo "C $(ip netns exec "$ns" "$work/dumploop" "$repeats" | field links_per_sec)" >>"$results"
        echo "C-attrs $(ip netns exec "$ns" "$work/dumploop" -a "$repeats" | field links_per_sec)" >>"$results"
    fi
    "$java" -cp "$jar" io.jnetlink.bench.CompareMain "$ns" "$repeats" records cursor >"$work/java"
    while read -r mode rest; do
        echo "$mode $(echo "$rest" | field links_per_sec)" >>"$results"
        echo "$mode $(echo "$rest" | field bytes_per_link)" >>"$work/bytes"
    done <"$work/java"
    start=$(date +%s%N)
    for ((k = 0; k < repeats; k++)); do
        ip -n "$ns" -o link show >/dev/null
    done
    end=$(date +%s%N)
    echo "ip $(awk -v l="$links" -v k="$repeats" -v ns=$((end - start)) 'BEGIN { printf "%.0f", l * k * 1e9 / ns }')" >>"$results"
    echo "round $round/$rounds done" >&2
done

median() { awk -v t="$1" '$1 == t { print $2 }' "$results" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

c=$(median C)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo
echo "compare.sh N=$n links=$links rounds=$rounds repeats=$repeats"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPU ${cpu:-unknown}; kernel $(uname -r); $("$java" -version 2>&1 | head -1)"
echo
printf '| %-44s | %10s | %8s |\n' tool links/s "vs C"
printf '|%s|%s|%s|\n' "----------------------------------------------" "-----------:" "---------:"
row() { printf '| %-44s | %10s | %8s |\n' "$1" "${2:-n/a}" "$(ratio "$2" "$c")"; }
row "C loop: recv 32 KiB, walk nlmsghdr only" "$c"
row "C loop walking every attribute" "$(median C-attrs)"
row "jnetlink Link records" "$(median records)"
row "jnetlink cursor visitor (every attribute)" "$(median cursor)"
row "ip -o link show" "$(median ip)"
echo
awk '{ s[$1] += $2; k[$1]++ } END { for (m in s) printf "allocated by %s: %.1f bytes/link\n", m, s[m] / k[m] }' "$work/bytes"
echo "ratios: records/C=$(ratio "$(median records)" "$c") cursor/C=$(ratio "$(median cursor)" "$c") ip/C=$(ratio "$(median ip)" "$c")"

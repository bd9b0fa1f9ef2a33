#!/usr/bin/env bash
# compare.sh N: link-dump throughput of this library beside `ip -o link show` and a minimal C
# dump loop (the kernel's limit), in one run and one throwaway namespace holding N ifb devices.
#
#   benchmarks/compare.sh [N]            N defaults to 10000
#   ROUNDS=5 REPEATS=10 benchmarks/compare.sh 10000
#
# Each round runs, one after the other: the C loop (nlmsghdr only, then every attribute), one
# JVM doing REPEATS dumps per library mode (after its own warm-up), and `ip -o link show`
# REPEATS times. The table gives the median over rounds of each tool's links/s (wall clock) and
# of its CPU time per link (user + system, whole process: the kernel builds the dump inside the
# receive calls); the last line is machine-readable, from the wall-clock medians:
# `ratios: records/C=0.83 cursor/C=0.92 ip/C=0.44`. The line before it gives the same ratios
# from CPU time, which a busy machine disturbs less.
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

# results: one "tool links_per_sec cpu_ns_per_link" line per tool and round
results=$work/results
: >"$results"
: >"$work/bytes"
field() { sed -n "s/.*[ ^]$1=\([0-9.]*\).*/\1/p" | head -1; }
c_result() { # tool, dumploop output: wall rate and the process's user + sys CPU per link
    local out=$2
    echo "$1 $(echo " $out" | field links_per_sec) $(awk -v u="$(echo " $out" | field user_ns_per_link)" \
        -v s="$(echo " $out" | field sys_ns_per_link)" 'BEGIN { print u + s }')" >>"$results"
}

# One JVM serves every round (see CompareMain --serve), warmed up before the first.
coproc JVM { "$java" -cp "$jar" io.jnetlink.bench.CompareMain --serve "$ns" "$repeats" records cursor; }
read -r ready <&"${JVM[0]}"
if [[ $ready != ready ]]; then
    echo "compare.sh: CompareMain did not start: $ready" >&2
    exit 1
fi

for ((round = 1; round <= rounds; round++)); do
    if ((have_c)); then
        c_result C "$(ip netns exec "$ns" "$work/dumploop" "$repeats")"
        c_result C-attrs "$(ip netns exec "$ns" "$work/dumploop" -a "$repeats")"
    fi
    echo round >&"${JVM[1]}"
    while read -r mode rest <&"${JVM[0]}" && [[ $mode != end ]]; do
        echo "$mode $(echo " $rest" | field links_per_sec) $(echo " $rest" | field process_cpu_ns_per_link)" >>"$results"
        echo "$mode $(echo " $rest" | field bytes_per_link)" >>"$work/bytes"
    done
    # Wall time of the whole loop; CPU time of the ip processes from the shell's `times`.
    start=$(date +%s%N)
    children_times=$(
        for ((k = 0; k < repeats; k++)); do
            ip -n "$ns" -o link show >/dev/null
        done
        times
    )
    end=$(date +%s%N)
    children_cpu=$(echo "$children_times" | awk 'NR == 2 { gsub(/s/, ""); split($1, u, "m"); split($2, s, "m"); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
    awk -v l="$links" -v k="$repeats" -v ns=$((end - start)) -v cpu="$children_cpu" \
        'BEGIN { printf "ip %.0f %.0f\n", l * k * 1e9 / ns, cpu * 1e9 / (l * k) }' >>"$results"
    echo "round $round/$rounds done" >&2
done
jvm_pid=$JVM_PID
exec {JVM[1]}>&-
wait "$jvm_pid"

# median TOOL COLUMN: the median over rounds of column 2 (links/s) or 3 (CPU ns per link)
median() { awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$results" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

c=$(median C 2)
c_cpu=$(median C 3)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo
echo "compare.sh N=$n links=$links rounds=$rounds repeats=$repeats"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPU ${cpu:-unknown}; kernel $(uname -r); $("$java" -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# vs C (wall) is the ratio of links/s; vs C (CPU) the ratio of CPU time per link (C / tool), the
# steadier figure when other work shares the machine.
printf '| %-42s | %9s | %10s | %13s | %10s |\n' tool links/s "vs C" "CPU ns/link" "vs C (CPU)"
printf '|%s|%s|%s|%s|%s|\n' "--------------------------------------------" "----------:" "-----------:" "--------------:" "-----------:"
row() {
    local rate cpu_ns
    rate=$(median "$1" 2)
    cpu_ns=$(median "$1" 3)
    printf '| %-42s | %9s | %10s | %13s | %10s |\n' "$2" "${rate:-n/a}" "$(ratio "$rate" "$c")" "${cpu_ns:-n/a}" "$(ratio "$c_cpu" "$cpu_ns")"
}
row C "C loop: recv 32 KiB, walk nlmsghdr only"
row C-attrs "C loop walking every attribute"
row records "jnetlink Link records (links().list())"
row cursor "jnetlink visitor, every attribute"
row ip "ip -o link show"
echo
awk '{ s[$1] += $2; k[$1]++ } END { for (m in s) printf "allocated by %s: %.1f bytes/link\n", m, s[m] / k[m] }' "$work/bytes" | sort
echo "cpu-ratios: records/C=$(ratio "$c_cpu" "$(median records 3)") cursor/C=$(ratio "$c_cpu" "$(median cursor 3)") ip/C=$(ratio "$c_cpu" "$(median ip 3)")"
echo "ratios: records/C=$(ratio "$(median records 2)" "$c") cursor/C=$(ratio "$(median cursor 2)" "$c") ip/C=$(ratio "$(median ip 2)" "$c")"

#!/usr/bin/env bash
# compare-builds.sh BEFORE AFTER [N] [RUNS]: compare.sh for two checkouts (each with
# benchmarks/target/benchmarks.jar built), interleaved BEFORE, AFTER, BEFORE, ... RUNS times each
# on the same machine, then the median over the runs of each build's ratios and allocation.
#
#   benchmarks/compare-builds.sh /work/before /work/main 10000 3
#
# Every run's full table is kept in the output; the summary lines at the end are what a change
# note quotes. Needs root, as compare.sh does.
set -euo pipefail

before=${1:?usage: $0 BEFORE AFTER [N] [RUNS]}
after=${2:?usage: $0 BEFORE AFTER [N] [RUNS]}
n=${3:-10000}
runs=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ((run = 1; run <= runs; run++)); do
    for side in before after; do
        dir=$before
        [[ $side == after ]] && dir=$after
        echo "== $side run $run ($(cut -d' ' -f1-3 /proc/loadavg))"
        "$dir/benchmarks/compare.sh" "$n" | tee "$work/$side.$run"
    done
done

# median SIDE PATTERN FIELD: the median over runs of a number picked out of each run's output
median() {
    for f in "$work/$1".*; do sed -n "$2" "$f"; done | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}
echo
echo "median of $runs interleaved runs, N=$n"
for side in before after; do
    echo "$side: records/C=$(median $side 's/^ratios: records\/C=\([0-9.]*\).*/\1/p')" \
        "cursor/C=$(median $side 's/^ratios: .*cursor\/C=\([0-9.]*\).*/\1/p')" \
        "cpu records/C=$(median $side 's/^cpu-ratios: records\/C=\([0-9.]*\).*/\1/p')" \
        "cpu cursor/C=$(median $side 's/^cpu-ratios: .*cursor\/C=\([0-9.]*\).*/\1/p')" \
        "records B/link=$(median $side 's/^allocated by records: \([0-9.]*\).*/\1/p')" \
        "cursor B/link=$(median $side 's/^allocated by cursor: \([0-9.]*\).*/\1/p')"
done

#!/usr/bin/env bash
# smoke.sh: runs every JMH benchmark for one short iteration (N = 1,000 links only) and
# compare.sh on 200 links for one round, as a CI check that they all still work. The numbers
# mean nothing. Takes well under a minute on an idle 2-CPU machine; needs root (the benchmarks
# make and remove their own network namespaces) and benchmarks/target/benchmarks.jar
# (mvn -B package).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/benchmarks.jar
java=${JAVA:-java}

if [[ ! -f $jar ]]; then
    echo "smoke.sh: $jar missing; build it with: mvn -B package" >&2
    exit 1
fi

# -foe: a benchmark that throws fails the run instead of being skipped.
"$java" -jar "$jar" -f 1 -wi 0 -i 1 -r 1s -p n=1000 -foe true

last=$(ROUNDS=1 REPEATS=2 "$here/compare.sh" 200 | tail -1)
echo "$last"
if ! [[ $last =~ ^ratios:\ records/C=[0-9]+\.[0-9]{2}\ cursor/C=[0-9]+\.[0-9]{2}\ ip/C=[0-9]+\.[0-9]{2}$ ]]; then
    echo "smoke.sh: compare.sh's last line is not in the ratios format" >&2
    exit 1
fi

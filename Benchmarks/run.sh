#!/usr/bin/env bash
# Atau benchmarks, in one run (see README.md beside this file):
#   1. builds `atau` and `atau-bench` in release (this package depends on the root one);
#   2. writes deterministic inputs into Benchmarks/data/ with make-names.py;
#   3. times `atau translit --scheme ID` against ICU's own `uconv -x RULES` (the same scheme's
#      rules, read from Tables/ID.json) on the same 100k-name files, cold and realistic, for
#      kk-latin-2021 and ru-bgn-pcgn, and checks that both outputs are byte-identical;
#   4. times `atau match` over a 100k-pair file;
#   5. runs atau-bench (in-process figures), on the Cyrillic files and on the same names in
#      Latin and the pairs across scripts (made with atau translit), then prints a table.
#
# Usage: Benchmarks/run.sh [RUNS]      (RUNS: timed runs per command, median reported; default 3)
# Environment: ATAU_BENCH_SCRATCH  build folder (default Benchmarks/.build)
#              ATAU_BENCH_COUNT    lines per input file (default 100000)
# Exit status: 0, or 1 when an atau output differs from uconv's or a command failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-3}"
count="${ATAU_BENCH_COUNT:-100000}"
scratch="${ATAU_BENCH_SCRATCH:-$here/.build}"
data="$here/data"
case "$runs" in '' | *[!0-9]* | 0) echo "usage: $0 [RUNS]  (a positive number)" >&2; exit 64 ;; esac

# Tools: /usr/bin/time (Debian 'time') for peak RSS, uconv (Debian 'icu-devtools') as the baseline.
need() { # need COMMAND DEBIAN-PACKAGE
    command -v "$1" > /dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        echo "installing $2 (for $1)" >&2
        apt-get install -y "$2" > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y "$2" > /dev/null; }
    fi
    command -v "$1" > /dev/null 2>&1 || { echo "error: $1 not found; install the Debian package $2" >&2; exit 69; }
}
need swift swift
need python3 python3
need uconv icu-devtools
[ -x /usr/bin/time ] || need /usr/bin/time time

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0

echo "== build (release)"
# Without manifest caching SwiftPM re-reads the root package's folders, so a source file added
# there since the last build is compiled too (a cached plan of a path dependency misses it).
build=(swift build -c release --package-path "$here" --scratch-path "$scratch" --disable-build-manifest-caching)
"${build[@]}" --product atau-bench
"${build[@]}" --product atau
bin="$("${build[@]}" --show-bin-path)"
atau="$bin/atau"
bench="$bin/atau-bench"

echo "== data ($count lines each, in $data)"
mkdir -p "$data"
make_data() { # make_data FILE ARGS...: regenerate when missing or older than the generator
    local file="$1"
    shift
    if [ ! -s "$file" ] || [ "$here/make-names.py" -nt "$file" ] || [ "$(wc -l < "$file")" -ne "$count" ]; then
        python3 "$here/make-names.py" "$@" -n "$count" -o "$file"
    fi
}
make_data "$data/kk-unique.txt" --unique --lang kk
make_data "$data/kk-realistic.txt" --realistic --lang kk
make_data "$data/ru-unique.txt" --unique --lang ru
make_data "$data/ru-realistic.txt" --realistic --lang ru
make_data "$data/pairs.tsv" --pairs

# timed INPUT OUTPUT COMMAND...: runs COMMAND <INPUT >OUTPUT $runs times; sets $median_s (wall
# clock, median run), $cpu_s (user + system CPU of that run) and $rss_mib (its peak RSS), both
# from /usr/bin/time -v, and $status. CPU time is the steadier figure on a shared machine.
timed() {
    local input="$1" output="$2"
    shift 2
    local i start end
    : > "$tmp/runs"
    status=0
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        /usr/bin/time -v -o "$tmp/time" "$@" < "$input" > "$output" 2> "$tmp/stderr" || status=$?
        end=$(date +%s%N)
        echo "$(((end - start) / 1000)) $(awk -F': ' '
            /Maximum resident set size/ { rss = $2 }
            /User time|System time/ { cpu += $2 }
            END { print rss, cpu }' "$tmp/time")" >> "$tmp/runs"
    done
    read -r median_us rss_kib cpu_s < <(sort -n "$tmp/runs" | awk -v n="$runs" 'NR == int((n + 1) / 2)')
    median_s=$(awk -v us="$median_us" 'BEGIN { printf "%.3f", us / 1e6 }')
    cpu_s=$(awk -v c="$cpu_s" 'BEGIN { printf "%.2f", c }')
    rss_mib=$(awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k / 1024 }')
}

rows="$tmp/rows"
: > "$rows"
row() { # row WORKLOAD TOOL INPUT LINES UNIT CHECK
    local rate cpu_rate
    rate=$(awk -v n="$4" -v s="$median_s" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    cpu_rate=$(awk -v n="$4" -v s="$cpu_s" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
        "$1" "$2" "$3" "$4" "$median_s" "$rate" "$cpu_s" "$cpu_rate" "$rss_mib" "$6" >> "$rows"
    printf '  %-24s %-5s %-13s %7s s %8s %s/s  cpu %6s s %8s %s/s  %6s MiB  %s\n' \
        "$1" "$2" "$3" "$median_s" "$rate" "$5" "$cpu_s" "$cpu_rate" "$5" "$rss_mib" "$6"
}

echo "== translit: atau vs uconv (median of $runs runs each)"
for scheme in kk-latin-2021 ru-bgn-pcgn; do
    rules="$(python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1], encoding="utf-8"))["rules"]))' "$root/Tables/$scheme.json")"
    lang="${scheme%%-*}"
    for mode in unique realistic; do
        input="$data/$lang-$mode.txt"
        lines=$(wc -l < "$input")
        timed "$input" "$tmp/atau.out" "$atau" translit --scheme "$scheme"
        if [ "$status" -ne 0 ]; then echo "  atau translit exited $status: $(head -3 "$tmp/stderr")" >&2; failed=1; fi
        row "translit $scheme" atau "$lang-$mode" "$lines" names "-"
        timed "$input" "$tmp/uconv.out" uconv -f UTF-8 -t UTF-8 -x "$rules"
        if [ "$status" -ne 0 ]; then echo "  uconv exited $status: $(head -3 "$tmp/stderr")" >&2; failed=1; fi
        if cmp -s "$tmp/atau.out" "$tmp/uconv.out"; then
            check="identical"
        else
            differing=$(diff "$tmp/atau.out" "$tmp/uconv.out" | grep -c '^<' || true)
            check="DIFFERS ($differing lines)"
            diff "$tmp/atau.out" "$tmp/uconv.out" | head -6 | sed 's/^/    /' >&2
            failed=1
        fi
        row "translit $scheme" uconv "$lang-$mode" "$lines" names "$check"
    done
done

echo "== match"
lines=$(wc -l < "$data/pairs.tsv")
timed "$data/pairs.tsv" "$tmp/match.out" "$atau" match
if [ "$status" -ne 0 ]; then echo "  atau match exited $status: $(head -3 "$tmp/stderr")" >&2; failed=1; fi
row "match (tsv out)" atau pairs "$lines" pairs "$(wc -l < "$tmp/match.out") results"

echo "== atau-bench (in process, single thread, median of 5 passes)"
"$bench" --names "$data/kk-unique.txt" --realistic "$data/kk-realistic.txt" --pairs "$data/pairs.tsv" \
    --runs 5 | tee "$tmp/bench" | sed 's/^/  /'

# The same names in Latin (a word is then cut into spellings, the costlier reading), and the
# pairs with their first name in Latin (cross-script), made with atau translit.
echo "== atau-bench on Latin names and cross-script pairs"
"$atau" translit --scheme kk-latin-2021 < "$data/kk-unique.txt" > "$tmp/kk-latin.txt"
"$atau" translit --scheme ru-bgn-pcgn < "$data/ru-unique.txt" > "$tmp/ru-latin.txt"
paste <(cut -f1 "$data/pairs.tsv" | "$atau" translit --scheme kk-latin-2021) <(cut -f2 "$data/pairs.tsv") > "$tmp/cross.tsv"
bench_on() { # bench_on LABEL FLAG FILE WORKLOAD...: atau-bench runs, added to the figures
    local label="$1" flag="$2" file="$3"
    shift 3
    echo "-- $label" | tee -a "$tmp/bench" | sed 's/^/  /'
    for workload in "$@"; do
        "$bench" "$flag" "$file" --only "$workload" --runs 5 | grep -v '^setup' | tee -a "$tmp/bench" | sed 's/^/  /'
    done
}
bench_on "kk-unique.txt in kk-latin-2021" --names "$tmp/kk-latin.txt" fastkey coldkey keys
bench_on "ru-unique.txt in ru-bgn-pcgn" --names "$tmp/ru-latin.txt" fastkey coldkey keys
bench_on "pairs.tsv, its first names in kk-latin-2021 (cross-script)" --pairs "$tmp/cross.tsv" parsed compare

cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Swift: $(swift --version 2>&1 | head -1); ICU: $(uconv --version | sed 's/.*ICU //')"
echo
echo "| workload | tool | input | lines | wall s | per s (wall) | CPU s | per s (CPU) | peak RSS MiB | check |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
cat "$rows"
echo
echo '```'
cat "$tmp/bench"
echo '```'
exit "$failed"

#!/usr/bin/env bash
# Builds the libFuzzer target atau-fuzz (Swift, -sanitize=fuzzer,address) and runs it.
#
# Usage: Tests/Fuzz/run.sh [SECONDS] [-- EXTRA LIBFUZZER OPTIONS]   (default 60 seconds)
#        Tests/Fuzz/run.sh --repro FILE...   run the target once on saved inputs
# Environment: ATAU_FUZZ_SANITIZE  sanitizers (default fuzzer,address; 'fuzzer' alone is faster)
#              ATAU_FUZZ_CHECKS=1  also check properties (keys agree, symmetry, a name matches
#                                  itself, …): a violation aborts; =log prints them and goes on
#              ATAU_FUZZ_JOBS      parallel fuzzing processes (default 1)
#              ATAU_FUZZ_SCRATCH   build folder (default Tests/Fuzz/.build)
# The corpus grows in Tests/Fuzz/.corpus (git-ignored), seeded from Tests/Fuzz/corpus; inputs
# that crash, time out or exceed the memory limit are written to Tests/Fuzz/crashes/.
# Exit status: libFuzzer's (0 when nothing was found in the time given).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sanitize="${ATAU_FUZZ_SANITIZE:-fuzzer,address}"
scratch="${ATAU_FUZZ_SCRATCH:-$here/.build}"
jobs="${ATAU_FUZZ_JOBS:-1}"

repro=0
seconds=60
if [ "${1:-}" = "--repro" ]; then
    repro=1
    shift
elif [ $# -gt 0 ] && [ "$1" != "--" ]; then
    seconds="$1"
    shift
fi
[ "${1:-}" = "--" ] && shift
case "$seconds" in '' | *[!0-9]*) echo "usage: $0 [SECONDS] [-- LIBFUZZER OPTIONS] | --repro FILE..." >&2; exit 64 ;; esac

# -parse-as-library: the target has no top-level code; its `atau_fuzz_main` (which SwiftPM
# links as `main`) starts libFuzzer's driver. -sanitize applies to every Swift module built
# (Atau and AtauMatch too), -Xcc -fsanitize to the C shim CAtauICU; ICU itself is a system
# library and is not instrumented.
cflags="${sanitize/fuzzer/fuzzer-no-link}"
build=(swift build -c release --package-path "$here" --scratch-path "$scratch" --product atau-fuzz
    --disable-build-manifest-caching
    -Xswiftc -sanitize="$sanitize" -Xswiftc -parse-as-library -Xcc -fsanitize="$cflags")
echo "${build[*]}" >&2
"${build[@]}"
bin="$("${build[@]}" --show-bin-path)/atau-fuzz"

if [ "$repro" = 1 ]; then
    exec "$bin" -rss_limit_mb=2048 -timeout=5 "$@"
fi

mkdir -p "$here/.corpus" "$here/crashes"
options=(-max_len=512 -rss_limit_mb=2048 -timeout=5 -max_total_time="$seconds"
    -artifact_prefix="$here/crashes/" -print_final_stats=1)
if [ "$jobs" -gt 1 ]; then options+=(-jobs="$jobs" -workers="$jobs"); fi
echo "$bin ${options[*]} $* $here/.corpus $here/corpus" >&2
# The first corpus folder receives new inputs; the seeds stay as they are.
exec "$bin" "${options[@]}" "$@" "$here/.corpus" "$here/corpus"

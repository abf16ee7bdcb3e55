#!/usr/bin/env bash
# Runs Annals and the tools users would otherwise pick on the same inputs, and prints speed, peak memory and
# quality side by side with the ratios; then the end-to-end and Reuters scaling runs. See docs/PERFORMANCE.md.
#
# Usage: bench/compare.sh [all|nlp|extract|dates|e2e|ingest|scale|table]...   (default: all)
# Env:   RUNS (default 5) timed runs for the fast tools, SLOW_RUNS (default 3) for Readability.js, compromise and
#        dateparser; BENCH_WORK (default ${TMPDIR:-/tmp}/annals-bench) for prepared inputs and results;
#        ANNALS_SHARED_DATA (default ../shared/data beside the repository).
# Each tool times only its processing loop, in-process, over the whole set: one untimed warm-up pass (the C# side
# warms up for 3 s: .NET re-JITs hot code optimised only after ~30 calls), then RUNS timed passes; the median is reported.
# Peak memory is each process's peak resident set (VmHWM / maxRSS). Installs what it needs: npm packages into
# bench/.tools/node (ignored by git), Debian's python3-readability and python3-dateparser with apt-get.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SHARED=${ANNALS_SHARED_DATA:-$(cd "$ROOT/.." && pwd)/shared/data}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/annals-bench}
RUNS=${RUNS:-5}
SLOW_RUNS=${SLOW_RUNS:-3}
NODE_TOOLS="$ROOT/bench/.tools/node"
PY=/usr/bin/python3 # Debian's packages install for the system Python, not for a pyenv one on PATH
RESULTS="$WORK/results.jsonl"
BENCH_DLL="$ROOT/bench/Annals.Benchmarks/bin/Release/net10.0/Annals.Benchmarks.dll"
export BENCH_NODE_TOOLS="$NODE_TOOLS" ANNALS_SHARED_DATA="$SHARED"

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(all)
want() { local s; for s in "${steps[@]}"; do [ "$s" = all ] || [ "$s" = "$1" ] && return 0; done; return 1; }

log() { printf '\n== %s\n' "$*" >&2; }

install_node() {
  # Pinned: the versions these figures were taken with.
  local pkgs=(wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 compromise@14.17.0 @mozilla/readability@0.6.0 jsdom@29.1.1 chrono-node@2.10.3)
  if [ -f "$NODE_TOOLS/.installed" ] && [ "$(cat "$NODE_TOOLS/.installed")" = "${pkgs[*]}" ]; then return; fi
  log "installing ${pkgs[*]} into $NODE_TOOLS"
  mkdir -p "$NODE_TOOLS"
  [ -f "$NODE_TOOLS/package.json" ] || echo '{"name":"annals-bench-tools","private":true}' > "$NODE_TOOLS/package.json"
  (cd "$NODE_TOOLS" && npm install --no-audit --no-fund --loglevel=error "${pkgs[@]}" >&2)
  echo "${pkgs[*]}" > "$NODE_TOOLS/.installed"
}

install_python() {
  if "$PY" -c 'import readability, dateparser' 2>/dev/null; then return; fi
  log "installing Debian's python3-readability and python3-dateparser"
  local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-readability python3-dateparser >&2
}

# Runs a command, shows its output, and keeps its RESULT lines; a tool that crashes is reported and the run goes on.
run() {
  log "$*  (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  if ! "$@" | tee -a /dev/stderr | sed -n 's/^RESULT //p' >> "$RESULTS"; then
    log "FAILED: $*"
  fi
}
bench() { run dotnet "$BENCH_DLL" "$@"; }

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB;" \
       "dotnet $(dotnet --version), node $(node --version), python $("$PY" --version 2>&1 | cut -d' ' -f2); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

mkdir -p "$WORK"
if [ "${steps[*]}" != table ]; then
  # A full run starts the results afresh; a partial one adds to them, and the table takes each tool's latest line.
  [ "${steps[*]}" = all ] && : > "$RESULTS"
  log "building the benchmark harness (Release)"
  dotnet build -c Release -v q -nologo bench/Annals.Benchmarks >&2
  want nlp || want extract || want dates && { install_node; install_python; bench prepare --out "$WORK/prepared"; }
fi
P="$WORK/prepared"

if want nlp; then
  for task in tokenise entities full; do bench nlp --task "$task" --runs "$RUNS"; done
  run node bench/compare/nlp.cjs "$P" "$RUNS" wink
  run node bench/compare/nlp.cjs "$P" "$SLOW_RUNS" compromise
fi
if want extract; then
  bench extract --runs "$RUNS"
  run node bench/compare/extract_readability.cjs "$P" "$SLOW_RUNS"
  run "$PY" bench/compare/extract_lxml.py "$P" "$RUNS"
fi
if want dates; then
  bench dates --runs "$RUNS"
  run node bench/compare/dates_chrono.cjs "$P" "$RUNS"
  run "$PY" bench/compare/dates_dateparser.py "$P" "$SLOW_RUNS"
fi
if want e2e; then
  bench e2e --corpus "$SHARED/corpora/bbc-news-2225" --runs "$RUNS"
fi
if want ingest; then
  # The whole job: read → understand → code → store, into a new SQLite file per pass.
  bench ingest --corpus "$SHARED/corpora/bbc-news-2225" --runs "$RUNS"
  # As `annals ingest` runs on this machine: each batch analysed on both cores, then committed.
  bench ingest --corpus "$SHARED/corpora/bbc-news-2225" --runs "$RUNS" --parallelism "$(nproc)"
  # The store alone: the same batches, analysed once, committed into a new file per pass.
  bench store --corpus "$SHARED/corpora/bbc-news-2225" --runs "$RUNS"
fi
if want scale; then
  # 1/16, 1/4 and all of Reuters-21578, in file order: distinct newswires, not copies (which a store would merge).
  for n in 1349 5395 21578; do bench e2e --reuters "$SHARED/corpora/reuters-21578" --limit "$n" --runs 3; done
fi

echo
machine
node bench/compare/table.cjs "$RESULTS"

#!/usr/bin/env bash
# Peak memory of afas import on the files of issue #14 (SPEC §5: ≤ 100 MB whatever the file).
#
#   bench/memory.sh                    # builds afas (release) and measures
#   AFAS=/path/to/afas bench/memory.sh # measures another build (e.g. the one before a change)
#
# Cases: 1 000 000 accounts of one partner; 1 000 000 accounts over 30 000 partners; a CSV
# whose header line is 100 MB; a 1 GB file of NULs; a 1 GB binary file of random bytes (only
# its first 64 KiB); the national folder (six files, 857 923 rows). Each import runs into a
# copy of a store already holding the partners; peak RSS and wall time by /usr/bin/time.
# Settings: BENCH_DIR (default /tmp/afas-bench-memory; ~3 GB), RUNS (1), CASES (some of:
# one many header nuls random national).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH_DIR=${BENCH_DIR:-/tmp/afas-bench-memory}
RUNS=${RUNS:-1}
AGENT=AGENT01
log() { printf '» %s\n' "$*" >&2; }

[[ -x /usr/bin/time ]] || { log "installing time (for peak memory)"; apt-get install -y -qq time >/dev/null; }
if [[ -z ${AFAS:-} ]]; then
  log "building (release)"
  cargo build --release --quiet --bin afas --example national
  AFAS=$ROOT/target/release/afas
fi
cargo build --release --quiet --example national
NATIONAL=$ROOT/target/release/examples/national
mkdir -p "$BENCH_DIR"
cd "$BENCH_DIR"

gen() {
  local dir=$1; shift
  [[ -f $dir/.done ]] && return
  rm -rf "$dir"
  "$NATIONAL" --out "$dir" --seed 1 "$@" 2>/dev/null
  touch "$dir/.done"
}
gen one-partner --partners 1
gen one-partner-1m --partners 1 --accounts-only 1000000
gen national --partners 30000
gen many-partners-1m --partners 30000 --accounts-only 1000000
mkdir -p long-header nuls random
if [[ ! -f long-header/accounts.csv ]]; then
  { head -c 100000000 /dev/zero | tr '\0' 'a'; printf '\n'; } >long-header/accounts.csv
fi
[[ -f nuls/accounts.csv ]] || truncate -s 1G nuls/accounts.csv
[[ -f random/accounts.csv ]] || head -c 1000000000 /dev/urandom >random/accounts.csv

store() { # a fresh store holding the partners of folder $2, as $1
  rm -f "$1" "$1-wal" "$1-shm"
  "$AFAS" --db "$1" -q init --agent "$AGENT" --first-name Anne --last-name Agent \
    --email anne.agent@caf.fr >/dev/null
  [[ -n ${2:-} ]] && "$AFAS" --db "$1" --as "$AGENT" -q import "$2/partners.csv" >/dev/null
  return 0
}

# Prints "seconds peak_MB exit" of an import of $2 into store $1.
measure() {
  local out code
  out=$(mktemp)
  cat "$2" >/dev/null 2>&1 || cat "$2"/*.csv >/dev/null 2>&1 || true
  set +e
  /usr/bin/time -f '%e %M' -o "$out" "$AFAS" --db "$1" --as "$AGENT" -q import "$2" \
    >/dev/null 2>"$out.err"
  code=$?
  set -e
  read -r s kb <"$(tail -1 "$out" >"$out.last"; echo "$out.last")"
  echo "$s $((kb / 1024)) $code $(head -c 160 "$out.err" | head -1)"
  rm -f "$out" "$out.err" "$out.last"
}

store partners-one.db one-partner
store partners-many.db national
store empty.db
echo "afas $("$AFAS" --version 2>/dev/null | head -1) · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-44s %8s %8s %5s  %s\n' case seconds peak_MB exit stderr
for run in $(seq "$RUNS"); do
  for case in ${CASES:-one many header nuls random national}; do
    case $case in
      one) cp partners-one.db t.db; f=one-partner-1m/accounts.csv; label="1 000 000 accounts of one partner" ;;
      many) cp partners-many.db t.db; f=many-partners-1m/accounts.csv; label="1 000 000 accounts of 30 000 partners" ;;
      header) cp empty.db t.db; f=long-header/accounts.csv; label="a 100 MB header line" ;;
      nuls) cp empty.db t.db; f=nuls/accounts.csv; label="1 GB of NULs" ;;
      random) cp empty.db t.db; f=random/accounts.csv; label="1 GB of random bytes" ;;
      national) cp empty.db t.db; f=national; label="national folder, 857 923 rows" ;;
    esac
    rm -f t.db-wal t.db-shm
    read -r s mb code err < <(measure t.db "$f")
    printf '%-44s %8s %8s %5s  %s\n' "$label" "$s" "$mb" "$code" "$err"
  done
done
rm -f t.db t.db-wal t.db-shm

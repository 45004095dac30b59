#!/usr/bin/env bash
# The speed targets of afas (issues 2, 4 and 5), measured on generated national-scale data.
#
#   bench/run.sh                 # everything, at national scale
#   RUNS=1 bench/run.sh          # one run of each long measurement instead of three
#   ONLY="show check" bench/run.sh   # some only: show import national check call todo floor
#
# Settings (environment): BENCH_DIR (scratch folder, default /tmp/afas-bench; several GB),
# SEED (1), PARTNERS (30000), ROWS (1000000: the big accounts import), RUNS (3: runs of each
# import and of call open; the median is reported), SHOW_RUNS (200).
#
# Crash-safe settings only, on both sides: the afas store is WAL + synchronous=NORMAL (see
# src/store/mod.rs), and the sqlite3 baseline is given the same pragmas.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BENCH_DIR=${BENCH_DIR:-/tmp/afas-bench}
SEED=${SEED:-1}
PARTNERS=${PARTNERS:-30000}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
SHOW_RUNS=${SHOW_RUNS:-200}
ONLY=${ONLY:-show import national check call todo floor}
AGENT=AGENT01

want() { [[ " $ONLY " == *" $1 "* ]]; }
log() { printf '» %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------
apt_install() {
  local pkg=$1
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  if ! $sudo apt-get install -y -qq "$pkg" >/dev/null 2>&1; then
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    $sudo apt-get install -y -qq "$pkg" >/dev/null 2>&1
  fi
}
command -v sqlite3 >/dev/null || { log "installing sqlite3"; apt_install sqlite3; }
[[ -x /usr/bin/time ]] || { log "installing time (for peak memory)"; apt_install time; }
if ! command -v hyperfine >/dev/null; then
  log "installing hyperfine (optional)"
  apt_install hyperfine || log "no hyperfine: timing loops in bash instead"
fi
HYPERFINE=$(command -v hyperfine || true)

log "building (release)"
cargo build --release --quiet --bin afas --example national
AFAS=$ROOT/target/release/afas
NATIONAL=$ROOT/target/release/examples/national

mkdir -p "$BENCH_DIR"
cd "$BENCH_DIR"

# --- helpers -----------------------------------------------------------------------------
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
# "min–max" of the values on stdin, for the spread of a few runs.
spread() { sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%s–%s", lo, hi}'; }

# Whole-process median wall time of a command, in ms.
median_ms() {
  local runs=$1; shift
  if [[ -n $HYPERFINE ]]; then
    local json
    json=$(mktemp)
    "$HYPERFINE" -N -i --warmup 20 --runs "$runs" --style none --export-json "$json" \
      -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    awk -F: '/"median"/ {gsub(/[ ,]/, "", $2); printf "%.2f\n", $2 * 1000; exit}' "$json"
    rm -f "$json"
  else
    local i start end
    for i in $(seq 20); do "$@" >/dev/null 2>&1 || true; done
    for i in $(seq "$runs"); do
      start=$EPOCHREALTIME
      "$@" >/dev/null 2>&1 || true
      end=$EPOCHREALTIME
      awk -v a="$start" -v b="$end" 'BEGIN {print (b - a) * 1000}'
    done | median | awk '{printf "%.2f\n", $1}'
  fi
}

# Runs a command under /usr/bin/time; prints "seconds peak_kb". Fails when the command does.
timed() {
  local out
  out=$(mktemp)
  if ! /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$out.err"; then
    log "FAILED: $*"; tail -5 "$out.err" >&2; rm -f "$out" "$out.err"; return 1
  fi
  tail -1 "$out"
  rm -f "$out" "$out.err"
}

# Reads files into the page cache before a timed run: this VM's kernel reclaims cold pages
# (DAMON), so an input or a store could come from the virtual disk on one run and from
# memory on the next. Every timed command, afas's and sqlite3's alike, starts warm.
warm() { cat "$@" >/dev/null 2>&1 || true; }

fresh_store() {
  rm -f "$1" "$1-wal" "$1-shm"
  "$AFAS" --db "$1" -q init --agent "$AGENT" --first-name Anne --last-name Agent \
    --email anne.agent@caf.fr >/dev/null
}

copy_store() {
  rm -f "$2" "$2-wal" "$2-shm"
  cp "$1" "$2"
  [[ -f "$1-wal" ]] && cp "$1-wal" "$2-wal"
  return 0
}

RESULTS=()
# The table is printed however the script ends, so that a failing step keeps the others.
trap 'report' EXIT
result() { RESULTS+=("$(printf '%s\t%s\t%s\t%s' "$1" "$2" "$3" "$4")"); }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print ok ? "ok" : "MISSED" }'; }

# --- data ------------------------------------------------------------------------------
gen() {
  local dir=$1; shift
  if [[ ! -f $dir/.done ]]; then
    rm -rf "$dir"
    "$NATIONAL" --out "$dir" --seed "$SEED" --partners "$PARTNERS" "$@" 2>/dev/null
    touch "$dir/.done"
  fi
}
log "generating data in $BENCH_DIR (seed $SEED, $PARTNERS partners)"
gen "national-$PARTNERS-$SEED"
gen "national-alsh-$PARTNERS-$SEED" --alsh-percent 100
gen "accounts-$ROWS-$PARTNERS-$SEED" --accounts-only "$ROWS"
gen "accounts-100000-$PARTNERS-$SEED" --accounts-only 100000
NAT=$BENCH_DIR/national-$PARTNERS-$SEED
NAT_ALSH=$BENCH_DIR/national-alsh-$PARTNERS-$SEED
BIG=$BENCH_DIR/accounts-$ROWS-$PARTNERS-$SEED/accounts.csv
SMALL=$BENCH_DIR/accounts-100000-$PARTNERS-$SEED/accounts.csv
# a login from the middle of a file
middle_login() { awk -F, -v n="$(($(wc -l <"$1") / 2))" 'NR == n {print $1; exit}' "$1"; }

# The partners of the national set, imported once; each accounts import starts from a copy.
fresh_store partners.db
# A store kept from an earlier run is used only if it has this afas's schema: otherwise the
# first timed command would also run the migrations (rebuilding tables of a national store).
SCHEMA=$(sqlite3 partners.db "PRAGMA user_version")
current_schema() { [[ -f $1 && $(sqlite3 "$1" "PRAGMA user_version") == "$SCHEMA" ]]; }
"$AFAS" --db partners.db --as "$AGENT" -q import "$NAT/partners.csv" >/dev/null

# --- account show on 100 000 accounts, and the import of 100 000 rows ------------------
if want show || want import; then
  log "import of 100 000 account rows"
  copy_store partners.db acc100k.db
  warm "$SMALL" acc100k.db*
  r=$(timed "$AFAS" --db acc100k.db --as "$AGENT" import "$SMALL")
  read -r small_s small_kb <<<"$r"
  small_rate=$(awk -v s="$small_s" 'BEGIN {printf "%.0f", 100000 / s}')
  result "import 100 000 account rows" "${small_s} s (${small_rate} rows/s), peak RSS $((small_kb / 1024)) MB" \
    "≤ 100 MB" "$(verdict "$small_kb" 102400 "<=")"
fi
if want show; then
  login=$(middle_login "$SMALL")
  n=$(sqlite3 acc100k.db "SELECT count(*) FROM account")
  log "account show $login on $n accounts ($SHOW_RUNS runs)"
  ms=$(median_ms "$SHOW_RUNS" "$AFAS" --db acc100k.db --as "$AGENT" account show "$login")
  result "account show, store of $n accounts (median of $SHOW_RUNS)" "$ms ms" "≤ 5 ms" "$(verdict "$ms" 5 "<=")"
fi

# --- 1 000 000 account rows: afas import vs sqlite3 .import, side by side --------------
if want import; then
  afas_s=(); sqlite_s=(); afas_kb=()
  for run in $(seq "$RUNS"); do
    log "import of $ROWS account rows, run $run/$RUNS: afas"
    copy_store partners.db big.db
    warm "$BIG" big.db*
    r=$(timed "$AFAS" --db big.db --as "$AGENT" import "$BIG")
    read -r s kb <<<"$r"
    afas_s+=("$s"); afas_kb+=("$kb")
    n=$(sqlite3 big.db "SELECT count(*) FROM account WHERE partner IS NOT NULL")
    [[ $n -eq $ROWS ]] || { log "afas imported $n accounts, not $ROWS"; exit 1; }
    log "import of $ROWS account rows, run $run/$RUNS: sqlite3 .import"
    rm -f sq.db sq.db-wal sq.db-shm
    sqlite3 sq.db "PRAGMA journal_mode = WAL" \
      "CREATE TABLE account (login TEXT PRIMARY KEY COLLATE NOCASE, partner TEXT,
         first_name TEXT, last_name TEXT, email TEXT, admin TEXT)" \
      "CREATE INDEX account_by_partner ON account(partner)" >/dev/null
    warm "$BIG" sq.db*
    r=$(timed sqlite3 sq.db -cmd "PRAGMA synchronous = NORMAL" \
      ".import --csv --skip 1 $BIG account")
    read -r s _ <<<"$r"
    sqlite_s+=("$s")
    n=$(sqlite3 sq.db "SELECT count(*) FROM account")
    [[ $n -eq $ROWS ]] || { log "sqlite3 imported $n rows, not $ROWS"; exit 1; }
  done
  a=$(printf '%s\n' "${afas_s[@]}" | median)
  q=$(printf '%s\n' "${sqlite_s[@]}" | median)
  kb=$(printf '%s\n' "${afas_kb[@]}" | sort -n | tail -1)
  rate=$(awk -v s="$a" -v n="$ROWS" 'BEGIN {printf "%.0f", n / s}')
  ratio=$(awk -v a="$a" -v q="$q" 'BEGIN {printf "%.2f", a / q}')
  result "import $ROWS account rows (median of $RUNS)" "$a s ($(printf '%s\n' "${afas_s[@]}" | spread)) = $rate rows/s" "≥ 200 000 rows/s" "$(verdict "$rate" 200000 ">=")"
  result "  same file, sqlite3 .import --csv (median of $RUNS)" "$q s ($(printf '%s\n' "${sqlite_s[@]}" | spread)); afas/sqlite3 = ${ratio}×" "≤ 2×" "$(verdict "$ratio" 2 "<=")"
  result "  peak RSS, $ROWS rows (max of $RUNS)" "$((kb / 1024)) MB" "≤ 100 MB, as for 100 000" "$(verdict "$kb" 102400 "<=")"
  rm -f big.db big.db-wal big.db-shm sq.db sq.db-wal sq.db-shm
fi

# --- the national data set ----------------------------------------------------------------
NAT_DB=$BENCH_DIR/national.db
if want national || { { want check || want show; } && ! current_schema "$NAT_DB"; }; then
  times=(); kbs=()
  for run in $(seq "$RUNS"); do
    log "import of the national data set, run $run/$RUNS"
    fresh_store "$NAT_DB"
    warm "$NAT"/*.csv "$NAT_DB"*
    r=$(timed "$AFAS" --db "$NAT_DB" --as "$AGENT" import "$NAT")
    read -r s kb <<<"$r"
    times+=("$s"); kbs+=("$kb")
  done
  s=$(printf '%s\n' "${times[@]}" | median)
  kb=$(printf '%s\n' "${kbs[@]}" | sort -n | tail -1)
  rows=$(($(cat "$NAT"/*.csv | wc -l) - 6))
  result "import national folder, $rows rows (median of $RUNS)" "$s s ($(printf '%s\n' "${times[@]}" | spread)), peak RSS $((kb / 1024)) MB" "≤ 8 s" "$(verdict "$s" 8 "<=")"
fi
if want show; then
  login=$(middle_login "$NAT/accounts.csv")
  log "account show $login on the national store ($SHOW_RUNS runs)"
  ms=$(median_ms "$SHOW_RUNS" "$AFAS" --db "$NAT_DB" --as "$AGENT" account show "$login")
  result "account show, national store (median of $SHOW_RUNS)" "$ms ms" "≤ 5 ms" "$(verdict "$ms" 5 "<=")"
fi
if want check; then
  log "profile check over the national store"
  "$AFAS" --db "$NAT_DB" --as "$AGENT" -q profile check >/dev/null ||
    log "profile check exits $? (the set should be all ready)"
  ms=$(median_ms 10 "$AFAS" --db "$NAT_DB" --as "$AGENT" -q profile check)
  s=$(awk -v m="$ms" 'BEGIN {printf "%.3f", m / 1000}')
  result "profile check, national store (median of 10)" "$s s" "≤ 1 s" "$(verdict "$s" 1 "<=")"
fi

# The all-ALSH national store (60 000 services, 300 000 holdings), imported once: $ALSH_DB.
ALSH_DB=$BENCH_DIR/national-alsh.db
alsh_store() {
  if [[ ! -f $ALSH_DB.done ]] || ! current_schema "$ALSH_DB"; then
    log "import of the all-ALSH national data set (untimed)"
    fresh_store "$ALSH_DB"
    "$AFAS" --db "$ALSH_DB" --as "$AGENT" -q import "$NAT_ALSH" >/dev/null
    touch "$ALSH_DB.done"
  fi
}

# --- call open: 60 000 services, 300 000 holdings, one transaction -----------------------
if want call; then
  alsh_store
  times=(); kbs=()
  for run in $(seq "$RUNS"); do
    log "call open on 60 000 services, run $run/$RUNS"
    copy_store "$ALSH_DB" call.db
    warm call.db*
    r=$(timed "$AFAS" --db call.db --as "$AGENT" -o json call open \
      --kind alsh --type reel --year 2019 --deadline 2020-04-30)
    read -r s kb <<<"$r"
    times+=("$s"); kbs+=("$kb")
  done
  read -r services holdings < <(sqlite3 -separator ' ' call.db \
    "SELECT (SELECT count(*) FROM service), (SELECT count(*) FROM profile)")
  read -r decls forms mails < <(sqlite3 -separator ' ' call.db \
    "SELECT (SELECT count(*) FROM declaration), (SELECT count(*) FROM form),
            (SELECT count(*) FROM outbox WHERE cause = 'call-open')")
  s=$(printf '%s\n' "${times[@]}" | median)
  kb=$(printf '%s\n' "${kbs[@]}" | sort -n | tail -1)
  result "call open: $services services, $holdings holdings (median of $RUNS)" \
    "$s s ($(printf '%s\n' "${times[@]}" | spread); $decls declarations, $forms forms, $mails e-mails), peak RSS $((kb / 1024)) MB" "≤ 5 s" "$(verdict "$s" 5 "<=")"
  rm -f call.db call.db-wal call.db-shm
fi

# --- todo: what waits for each person, during a national campaign (issue 17) -------------
# The all-ALSH national store with its call opened (60 000 declarations, 120 000 e-mails
# queued), the deadline in 3 days: the agent's todo reads every transmitted declaration,
# the calls and the failing e-mails; an approver's, FDA's and administrator's their own.
# Beside it, the floor: sqlite3 asked the agent's three lists alone.
if want todo; then
  alsh_store
  copy_store "$ALSH_DB" todo.db
  log "call open for todo (untimed)"
  "$AFAS" --db todo.db --as "$AGENT" -q call open --kind alsh --type reel --year 2019 \
    --deadline "$(date -u -d '+3 days' +%F)" >/dev/null
  warm todo.db*
  approver=$(awk -F, '$2 == "approbateur" {print $1; exit}' "$NAT_ALSH/profiles.csv")
  fda=$(awk -F, -v a="$approver" '$2 == "fda" && $4 != "" && $1 != a {print $1; exit}' "$NAT_ALSH/profiles.csv")
  admin=$(awk -F, '$6 == "yes" {print $1; exit}' "$NAT_ALSH/accounts.csv")
  for who in "$AGENT:the Caf agent" "$approver:an approver" "$fda:a site FDA" "$admin:an administrator"; do
    login=${who%%:*}
    log "todo as $login"
    ms=$(median_ms 10 "$AFAS" --db todo.db --as "$login" -q todo)
    result "todo as ${who#*:} ($login), 60 000 declarations (median of 10)" "$ms ms" "≤ 1 s" "$(verdict "$ms" 1000 "<=")"
  done
  # (one line: hyperfine runs it without a shell)
  ms=$(median_ms 10 sqlite3 todo.db "SELECT id, service FROM declaration WHERE state = 'transmise-caf'; SELECT id, deadline FROM call WHERE status = 'open' AND deadline <= date('now', '+7 days'); SELECT id FROM outbox WHERE status = 'failed' OR (status = 'pending' AND last_error IS NOT NULL);")
  result "  floor: sqlite3, the agent's three lists alone (median of 10)" "$ms ms" "(floor)" ""
  rm -f todo.db todo.db-wal todo.db-shm
fi

# --- floors: the same rows written by sqlite3 alone, set-based, into the afas schema -------
# No checks, no per-row statements, same pragmas as afas (WAL, synchronous=NORMAL, foreign
# keys, temp_store=MEMORY, 32 MiB cache), with one audit row per created object as afas
# writes. What no row-by-row importer can beat: it tells whether a target is reachable.
if want floor; then
  floor_run() { # label, csv loads (kind=file ...), SQL of the inserts
    local label=$1 loads=$2 inserts=$3 sql
    fresh_store floor.db
    sql="PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -32768;
$loads
.timer on
BEGIN IMMEDIATE;
$inserts
COMMIT;"
    local s
    s=$(sqlite3 -bail floor.db <<<"$sql" 2>&1 | tee floor.log | awk '/^Run Time/ {t += $4} END {printf "%.2f", t}')
    result "$label" "$s s" "(floor)" ""
    if grep -qi "error" floor.log; then log "floor failed: $(grep -i -m1 error floor.log)"; exit 1; fi
    rm -f floor.db floor.db-wal floor.db-shm floor.log
  }
  log "floor: $ROWS account rows set-based"
  copy_store partners.db floor-partners.db
  floor_run "  floor: the same $ROWS rows + audit, set-based SQL" \
    "ATTACH 'floor-partners.db' AS src;
INSERT INTO partner SELECT code, name, siret, caf_code, convention, contrat, bulletin, created_at FROM src.partner;
DETACH src;
CREATE TEMP TABLE a(login, partner, first_name, last_name, email, admin);
.import --csv --skip 1 --schema temp $BIG a" \
    "INSERT INTO account (login, partner, first_name, last_name, email, is_admin, created_at, admin_seat)
  SELECT login, partner, first_name, last_name, email, admin = 'yes', 'now',
         iif(admin = 'yes', row_number() OVER (PARTITION BY partner, admin ORDER BY rowid), NULL) FROM a;
INSERT INTO audit (at, actor, action, target, partner, details)
  SELECT 'now', '$AGENT', 'account.create', login, partner,
         json_object('import', json('true'), 'admin', json(iif(admin = 'yes', 'true', 'false'))) FROM a;"
  rm -f floor-partners.db
  log "floor: the national data set set-based"
  floor_run "  floor: national folder, set-based SQL" \
    "CREATE TEMP TABLE p(code, name, siret, caf_code, convention, contrat, bulletin);
CREATE TEMP TABLE a(login, partner, first_name, last_name, email, admin);
CREATE TEMP TABLE g(partner, grp, login, manager);
CREATE TEMP TABLE s(code, partner, kind, name);
CREATE TEMP TABLE si(service, code, name, address);
CREATE TEMP TABLE pr(login, profile, service, site);
.import --csv --skip 1 --schema temp $NAT/partners.csv p
.import --csv --skip 1 --schema temp $NAT/accounts.csv a
.import --csv --skip 1 --schema temp $NAT/groups.csv g
.import --csv --skip 1 --schema temp $NAT/services.csv s
.import --csv --skip 1 --schema temp $NAT/sites.csv si
.import --csv --skip 1 --schema temp $NAT/profiles.csv pr" \
    "INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin, created_at)
  SELECT code, name, siret, caf_code, convention, contrat, bulletin, 'now' FROM p;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'partner.create', code, code, json_object('name', name, 'siret', siret, 'caf_code', caf_code, 'import', json('true')) FROM p;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'partner.document', code, code, json_object('document', d.value, 'received', 'x', 'import', json('true')) FROM p, json_each('[\"convention\",\"contrat\",\"bulletin\"]') d;
INSERT INTO account (login, partner, first_name, last_name, email, is_admin, created_at, admin_seat) SELECT login, partner, first_name, last_name, email, admin = 'yes', 'now', iif(admin = 'yes', row_number() OVER (PARTITION BY partner, admin ORDER BY rowid), NULL) FROM a;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'account.create', login, partner, json_object('import', json('true'), 'admin', json(iif(admin = 'yes', 'true', 'false'))) FROM a;
INSERT INTO grp (partner, kind, manager, created_at) SELECT partner, grp, login, 'now' FROM g WHERE manager = 'yes';
INSERT INTO membership (partner, kind, login, added_at) SELECT partner, grp, login, 'now' FROM g;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', iif(manager = 'yes', 'group.create', 'group.add'), login, partner, json_object('group', grp, 'import', json('true')) FROM g;
INSERT INTO service (code, partner, kind, name, created_at) SELECT code, partner, kind, name, 'now' FROM s;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'service.create', code, partner, json_object('kind', kind, 'name', name, 'import', json('true')) FROM s;
INSERT INTO site (service, code, name, address, created_at) SELECT service, code, name, nullif(address, ''), 'now' FROM si;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'service.add_site', service || '/' || code, NULL, json_object('import', json('true')) FROM si;
INSERT INTO profile (login, kind, service, site, granted_by, granted_at, seat) SELECT login, profile, service, nullif(site, ''), '$AGENT', 'now', iif(profile = 'approbateur', NULL, row_number() OVER (PARTITION BY service, profile, site ORDER BY rowid)) FROM pr;
INSERT INTO audit (at, actor, action, target, partner, details) SELECT 'now', '$AGENT', 'profile.grant', login, NULL, json_object('profile', profile, 'service', service, 'site', nullif(site, ''), 'import', json('true')) FROM pr;"
fi

# --- report ----------------------------------------------------------------------------------
report() {
  echo
  echo "afas $(git -C "$ROOT" describe --always --dirty) · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') · $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  {
    printf 'measure\tmeasured\ttarget\tverdict\n'
    printf '%s\n' "${RESULTS[@]}"
  } | column -t -s $'\t'
}

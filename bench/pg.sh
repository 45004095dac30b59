#!/usr/bin/env bash
# The shared store on PostgreSQL, measured side by side with what a user would pick instead
# (issues 12 and 13): `account show` by a person connected as their own login role against
# `psql -c` of the same lookup as that same role (both connecting afresh, with SCRAM, under
# the same row-level security),
# an accounts import against `psql \copy` of the same file, and 8 concurrent writers on
# distinct partners against the same work on SQLite; and the national folder imported by
# afas against `psql \copy` of the same six files (bench/pg-national.sql).
#
#   bench/pg.sh                      # ROWS=100000 accounts, 8 writers x 200 commands
#   ROWS=20000 COMMANDS=50 bench/pg.sh
#   PARTNERS=2000 bench/pg.sh        # a smaller national folder (default 30 000 partners)
#   ONLY=national bench/pg.sh        # only the national folder: import, profile check, todo
#
# It starts its own PostgreSQL cluster from the machine's PostgreSQL (default durability:
# fsync on), as the postgres user when run as root, on a free loopback port, and removes it
# at the end. Needs: postgresql, hyperfine (apt), and bench/run.sh's data generator.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROWS=${ROWS:-100000}
COMMANDS=${COMMANDS:-200}
PARTNERS=${PARTNERS:-30000}
WRITERS=8
ONLY=${ONLY:-all}
IMPORT=- COPY=- SHOW=- PG_W=- LITE_W=-
log() { printf '» %s\n' "$*" >&2; }

cargo build --release --quiet --bin afas --example national
AFAS=${AFAS_BIN:-$ROOT/target/release/afas}  # AFAS_BIN: another build, to compare
BIN=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/afas-pgbench-XXXX)
PGUSER_OS=postgres
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }
[[ $(id -u) -eq 0 ]] && chown "$PGUSER_OS" "$WORK"
trap 'as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

echo "owner-password" > "$WORK/pw"; [[ $(id -u) -eq 0 ]] && chown "$PGUSER_OS" "$WORK/pw"
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --auth=scram-sha-256 --pwfile="$WORK/pw" \
  --locale=C -E UTF8 >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
export PGPASSWORD=owner-password AFAS_PASSWORD=owner-password
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE afas" >/dev/null
URL="postgresql://postgres@127.0.0.1:$PORT/afas?sslmode=disable"

DATA=$WORK/data-csv
# init: run by the database's owner (here the superuser), it gives the first agent its
# temporary password; every afas command then acts as the person's own login role.
init() { # init DATABASE: prints the agent's password
  AFAS_PASSWORD=owner-password "$AFAS" --db "postgresql://postgres@127.0.0.1:$PORT/$1?sslmode=disable" \
    -o json init --agent AGENT01 \
    --first-name Anne --last-name Agent --email a@caf.fr --role-prefix "${1}_" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["temporary_password"])'
}
as_url() { echo "postgresql://${1}_$2@127.0.0.1:$PORT/$1?sslmode=disable"; } # DATABASE LOGIN
if [[ $ONLY == all ]]; then
log "data: $ROWS accounts"
"$ROOT/target/release/examples/national" --out "$DATA/all" --partners 2000 >/dev/null 2>&1
"$ROOT/target/release/examples/national" --out "$DATA/acc" --partners 2000 --accounts-only "$ROWS" >/dev/null 2>&1
AGENT_PW=$(init afas)
URL=$(as_url afas AGENT01)
export AFAS_PASSWORD=$AGENT_PW
"$AFAS" --db "$URL" --as AGENT01 -q import "$DATA/all/partners.csv" >/dev/null

log "import $ROWS accounts, then psql \\copy of the same file into a table of its columns"
t0=$EPOCHREALTIME
"$AFAS" --db "$URL" --as AGENT01 -q import "$DATA/acc/accounts.csv" >/dev/null
t1=$EPOCHREALTIME
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d afas -c \
  "CREATE TABLE staging (login text, partner text, first_name text, last_name text, email text, admin text)"
t2=$EPOCHREALTIME
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d afas -c \
  "\\copy staging FROM '$DATA/acc/accounts.csv' WITH (FORMAT csv, HEADER true)"
t3=$EPOCHREALTIME
IMPORT=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
COPY=$(awk -v a="$t2" -v b="$t3" 'BEGIN {printf "%.2f", b - a}')

LOGIN=$(sed -n 2p "$DATA/acc/accounts.csv" | cut -d, -f1)
log "account show $LOGIN as $LOGIN against psql -c as $LOGIN"
LOGIN_PW=$("$AFAS" --db "$URL" --as AGENT01 -q account password "$LOGIN")
SHOW=$(AFAS_PASSWORD=$LOGIN_PW PGPASSWORD=$LOGIN_PW hyperfine -N --warmup 10 --runs 100 --style none \
  --export-json "$WORK/show.json" \
  "$AFAS --db $(as_url afas "$LOGIN") account show $LOGIN" \
  "psql -h 127.0.0.1 -p $PORT -U afas_$LOGIN -d afas -At -c \"SELECT * FROM account WHERE login = '$LOGIN'\"" \
  >/dev/null 2>&1; python3 -c "
import json; r=json.load(open('$WORK/show.json'))['results']
print('%.1f ms (afas), %.1f ms (psql -c): %.2fx' % (r[0]['median']*1e3, r[1]['median']*1e3, r[0]['median']/r[1]['median']))")

# 8 writers: each changes an account of its own partner, COMMANDS times, one command each.
writers() {
  local db=$1
  local start end
  start=$EPOCHREALTIME
  for w in $(seq 0 $((WRITERS - 1))); do
    (
      p=$(sed -n "$((w + 2))p" "$DATA/all/partners.csv" | cut -d, -f1)
      giver=$(awk -F, -v p="$p" '$2 == p {print $1; exit}' "$DATA/acc/accounts.csv")
      for i in $(seq 1 "$COMMANDS"); do
        "$AFAS" --db "$db" --as AGENT01 -q account update "$giver" --first-name "W$i" >/dev/null 2>&1 \
          || { echo "error from writer $w: $?" >&2; }
      done
    ) &
  done
  wait
  end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" -v n=$((WRITERS * COMMANDS)) 'BEGIN {printf "%.1f commands/s (%.2f s)", n / (b - a), b - a}'
}
log "8 writers x $COMMANDS commands, PostgreSQL then SQLite"
PG_W=$(writers "$URL")
rm -f "$WORK/lite.db"
"$AFAS" --db "$WORK/lite.db" -q init --agent AGENT01 --first-name Anne --last-name Agent --email a@caf.fr >/dev/null
"$AFAS" --db "$WORK/lite.db" --as AGENT01 -q import "$DATA/all/partners.csv" >/dev/null
"$AFAS" --db "$WORK/lite.db" --as AGENT01 -q import "$DATA/acc/accounts.csv" >/dev/null
LITE_W=$(writers "$WORK/lite.db")
export AFAS_PASSWORD=$AGENT_PW
fi

log "national folder ($PARTNERS partners): afas import, then psql \\copy + INSERT ... SELECT"
"$ROOT/target/release/examples/national" --out "$DATA/nat" --partners "$PARTNERS" >/dev/null 2>&1
NROWS=$(cat "$DATA"/nat/*.csv | wc -l)
for db in nat_afas nat_psql; do
  psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE $db" >/dev/null
done
NAT_PW=$(init nat_afas)
AFAS_PASSWORD=owner-password "$AFAS" --db "postgresql://postgres@127.0.0.1:$PORT/nat_psql?sslmode=disable" \
  -q init --agent AGENT01 \
  --first-name Anne --last-name Agent --email a@caf.fr --role-prefix nat_psql_ >/dev/null
cat "$DATA"/nat/*.csv >/dev/null
t0=$EPOCHREALTIME
AFAS_PASSWORD=$NAT_PW /usr/bin/time -f %M -o "$WORK/nat.rss" "$AFAS" \
  --db "$(as_url nat_afas AGENT01)" --as AGENT01 -q import "$DATA/nat" >/dev/null
t1=$EPOCHREALTIME
ROLES=$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d nat_afas -At -c \
  "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'nat\\_afas\\_%'")
log "profile check of the national folder as the Caf agent, row-level security on"
CHECK=$(AFAS_PASSWORD=$NAT_PW hyperfine -N -i --warmup 1 --runs 5 --style none --export-json "$WORK/check.json" \
  "$AFAS --db $(as_url nat_afas AGENT01) -q profile check" >/dev/null 2>&1; python3 -c "
import json; r=json.load(open('$WORK/check.json'))['results']
print('%.2f s (median of 5)' % r[0]['median'])")
# todo during a national call (issue 17), each person as their own login role under
# row-level security, beside psql -c asking the Caf agent's three lists as that same role.
log "todo during the national alsh call: the Caf agent, an approver, an administrator"
AFAS_PASSWORD=$NAT_PW "$AFAS" --db "$(as_url nat_afas AGENT01)" -q call open --kind alsh \
  --type reel --year 2019 --deadline "$(date -u -d '+3 days' +%F)" >/dev/null
APPROVER=$(awk -F, '$2 == "approbateur" && $3 ~ /^ALSH/ {print $1; exit}' "$DATA/nat/profiles.csv")
ADMIN=$(awk -F, '$6 == "yes" {print $1; exit}' "$DATA/nat/accounts.csv")
todo_ms() { # LOGIN PASSWORD: median of 10 whole processes
  AFAS_PASSWORD=$2 hyperfine -N -i --warmup 2 --runs 10 --style none \
    --export-json "$WORK/todo.json" "$AFAS --db $(as_url nat_afas "$1") -q todo" >/dev/null 2>&1
  python3 -c "import json; print('%.0f ms' % (json.load(open('$WORK/todo.json'))['results'][0]['median'] * 1e3))"
}
password_of() { AFAS_PASSWORD=$NAT_PW "$AFAS" --db "$(as_url nat_afas AGENT01)" -q account password "$1"; }
TODO_AGENT=$(todo_ms AGENT01 "$NAT_PW")
TODO_APPROVER=$(todo_ms "$APPROVER" "$(password_of "$APPROVER")")
TODO_ADMIN=$(todo_ms "$ADMIN" "$(password_of "$ADMIN")")
TODO_PSQL=$(PGPASSWORD=$NAT_PW hyperfine -N -i --warmup 2 --runs 10 --style none \
  --export-json "$WORK/todo-psql.json" \
  "psql -h 127.0.0.1 -p $PORT -U nat_afas_AGENT01 -d nat_afas -At -c \"SELECT id, service FROM declaration WHERE state = 'transmise-caf'; SELECT id, deadline FROM call WHERE status = 'open' AND deadline <= to_char(now() + interval '7 days', 'YYYY-MM-DD'); SELECT id FROM outbox WHERE status = 'failed' OR (status = 'pending' AND last_error IS NOT NULL)\"" \
  >/dev/null 2>&1; python3 -c "import json; print('%.0f ms' % (json.load(open('$WORK/todo-psql.json'))['results'][0]['median'] * 1e3))")
sed "s#DIR#$DATA/nat#g" bench/pg-national.sql | psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d nat_psql \
  | while read -r line; do [[ $line == copied ]] && echo "$EPOCHREALTIME" > "$WORK/copied"; done
t3=$EPOCHREALTIME
t2=$(cat "$WORK/copied")
NAT=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
NAT_COPY=$(awk -v a="$t1" -v b="$t2" 'BEGIN {printf "%.2f", b - a}')
NAT_SQL=$(awk -v a="$t1" -v b="$t3" 'BEGIN {printf "%.2f", b - a}')

printf '\n%-45s %s\n' "measure" "measured"
printf '%-45s %s s, psql \\copy %s s: %sx (target <= 2x)\n' "import $ROWS accounts" "$IMPORT" "$COPY" \
  "$(awk -v a="$IMPORT" -v b="$COPY" 'BEGIN {printf "%.0f", a / b}')"
printf '%-45s %s (target <= 1.5x)\n' "account show vs psql -c" "$SHOW"
printf '%-45s %s s, peak RSS %s MB; psql \\copy %s s (%sx), \\copy + INSERT ... SELECT %s s (%sx)\n' \
  "import national folder ($NROWS lines)" "$NAT" "$(( $(cat "$WORK/nat.rss") / 1024 ))" \
  "$NAT_COPY" "$(awk -v a="$NAT" -v b="$NAT_COPY" 'BEGIN {printf "%.1f", a / b}')" \
  "$NAT_SQL" "$(awk -v a="$NAT" -v b="$NAT_SQL" 'BEGIN {printf "%.1f", a / b}')"
printf '%-45s PostgreSQL %s; SQLite %s\n' "8 writers x $COMMANDS account updates" "$PG_W" "$LITE_W"
printf '%-45s %s login roles made by the import\n' "roles of the national store" "$ROLES"
printf '%-45s %s (target <= 1 s)\n' "profile check, national, as the Caf agent" "$CHECK"
printf '%-45s agent %s (psql -c of its three lists: %s), approver %s, administrator %s\n' \
  "todo during the national call" "$TODO_AGENT" "$TODO_PSQL" "$TODO_APPROVER" "$TODO_ADMIN"

# Sourced by .ci/run and bin/cluster: a throwaway PostgreSQL cluster in a folder of its own, on loopback only,
# on a free port, with a random password for the user postgres. Everything it needs to find it again (port,
# password) is kept in that folder, so another command can stop it later.

# The PostgreSQL server programs (initdb, pg_ctl): on PATH or where Debian puts them.
pg_bin_dir() {
  local d
  for d in "$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || echo /none/initdb)")")" \
           $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

# initdb refuses to run as root: then the cluster belongs to the postgres user.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DIR: creates and starts a cluster in DIR (which must not exist yet); sets PG_PORT, PG_PASSWORD,
# PG_HOST_URL (jdbc:postgresql://127.0.0.1:<port>/) and PG_PSQL.
pg_start() {
  local dir=$1 bin port attempt
  bin=$(pg_bin_dir) || { echo "PostgreSQL's initdb and pg_ctl not found (Debian: apt-get install postgresql)" >&2; return 1; }
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$dir"
  fi
  PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  (umask 077; printf '%s\n' "$PG_PASSWORD" > "$dir/pwfile")
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
  # C.UTF-8 is on every Debian machine, and (unlike "C") it makes PostgreSQL need the text_pattern_ops
  # indexes for LIKE 'prefix%', as a production locale would.
  pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  mv "$dir/pwfile" "$dir/password"
  PG_PORT=
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    [ "$port" = 5432 ] && continue
    if pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null; then
      PG_PORT=$port
      break
    fi
  done
  if [ -z "$PG_PORT" ]; then
    cat "$dir/server.log" >&2
    echo "PostgreSQL did not start" >&2
    return 1
  fi
  echo "$PG_PORT" > "$dir/port"
  PG_HOST_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/"
  PG_PSQL=$bin/psql
  [ -x "$PG_PSQL" ] || PG_PSQL=psql
}

# pg_create_database DIR NAME
pg_create_database() {
  "$PG_PSQL" -q -h "$1" -p "$(cat "$1/port")" -U postgres -d postgres -c "CREATE DATABASE $2"
}

# pg_stop DIR: stops the cluster (if it runs) and deletes the folder.
pg_stop() {
  local dir=$1 bin
  [ -d "$dir" ] || return 0
  if [ -f "$dir/port" ] && bin=$(pg_bin_dir); then
    pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

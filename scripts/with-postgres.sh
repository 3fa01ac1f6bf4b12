#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server:
#   scripts/with-postgres.sh npx vitest run tests/unit/sql-postgres.test.ts
# initdb into a temporary folder, start on a free local port (TCP on 127.0.0.1 and a unix socket
# in that folder, trust authentication), run the command with PGHOST, PGPORT, PGUSER and
# PGDATABASE set, then stop the server and delete the folder, whatever the command's outcome.
# Needs Debian's `postgresql` package (or any PostgreSQL whose initdb and pg_ctl can be found).
# initdb refuses to run as root: as root the server runs as the `postgres` user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
	echo "usage: scripts/with-postgres.sh COMMAND [ARGS…]" >&2
	exit 2
fi

# Debian keeps the server programs out of PATH, one folder per major version: take the newest.
bindir=""
if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
	bindir=$(dirname "$(command -v pg_ctl)")
else
	for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do bindir=$dir; done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	echo "with-postgres: PostgreSQL's initdb was not found; install it (apt-get install -y postgresql)." >&2
	exit 1
fi

# A port nothing listens on (bash's /dev/tcp connects only when something does).
port=""
for candidate in $(seq 54329 54429); do
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
		port=$candidate
		break
	fi
done
if [ -z "$port" ]; then
	echo "with-postgres: no free port between 54329 and 54429." >&2
	exit 1
fi

folder=$(mktemp -d /tmp/sieve-pg.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
	if ! id postgres >/dev/null 2>&1; then
		echo "with-postgres: running as root needs a 'postgres' user to own the server." >&2
		rm -rf "$folder"
		exit 1
	fi
	chown postgres "$folder"
	as_server=(runuser -u postgres --)
fi

stop() {
	"${as_server[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$folder"
}
trap stop EXIT

"${as_server[@]}" "$bindir/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 \
	--locale=C >"$folder/initdb.log" 2>&1 || {
	cat "$folder/initdb.log" >&2
	exit 1
}
# A test server: durability off (fsync), nothing listens beyond this machine.
"${as_server[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
	-o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
	start >/dev/null || {
	cat "$folder/server.log" >&2
	exit 1
}

export PGHOST="$folder" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port" >&2
"$@"

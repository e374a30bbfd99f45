#!/usr/bin/env bash
# bench/portal: the public portal under load. With N published documents (default 100,000, over 50 agencies:
# bench.PublishedCorpus), wrk on loopback (-t2 -c32 -d15s) against
#   (a) a document page and a column list page served by Gongkai at /site/…, and
#   (b) the same files, exported with export-site, served by nginx (Debian's package, started here with a temporary
#       configuration on a free port) in the same run;
# then the search endpoint and the intake endpoint (POST /api/v1/agencies/{code}/requests, durable commits).
# Prints requests/s and p99 for each and Gongkai's share of nginx's throughput; writes target/bench-portal/result.txt.
# Usage: bench/portal/run.sh [documents]. The seeded data directory is kept in target/bench-portal/data for the next
# run with the same number of documents. Builds under the shared build lock and holds it while measuring.
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCUMENTS="${1:-100000}"
WORK="$PWD/target/bench-portal"
DURATION="${BENCH_DURATION:-15s}"
WRK=(wrk -t2 -c32 -d"$DURATION" --latency)
mkdir -p "$WORK"
# BENCH_LOCKED=1: the caller holds the build lock and has built (test-compile, target/bench.classpath)
if [ -z "${BENCH_LOCKED:-}" ]; then
  flock /tmp/gongkai-maven.lock ./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)
APP_PID=
NGINX_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

rm -f "$WORK/info.env"
java -Xms1g -Xmx1g -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  bench.PortalBenchmark "$WORK/data" "$APP_PORT" "$DOCUMENTS" "$WORK/info.env" "$WORK/export" \
  ${BENCH_APP_ARGS:-} > "$WORK/server.log" 2>&1 &
APP_PID=$!
until [ -f "$WORK/info.env" ]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; echo "Gongkai did not start" >&2; exit 1; }
  sleep 2
done
grep -v '^\s*$' "$WORK/server.log" | grep -E '^(seeded|Gongkai started|ready)' || true
# shellcheck disable=SC1091
. "$WORK/info.env"
export TOKEN AGENCY

mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root root;" )
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  charset utf-8;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location /site/ {
      alias $EXPORT_ROOT/;
      add_header Cache-Control "max-age=60, public";
      add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
      add_header X-Content-Type-Options nosniff;
      add_header X-Frame-Options DENY;
    }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$COLUMN_PAGE" && break; sleep 0.2; done

APP="http://127.0.0.1:$APP_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
for page in "$DOCUMENT_PAGE" "$COLUMN_PAGE"; do
  curl -sf "$APP$page" -o "$WORK/app.html"
  curl -sf "$NGINX$page" -o "$WORK/nginx.html"
  cmp -s "$WORK/app.html" "$WORK/nginx.html" || { echo "Gongkai and nginx serve different bytes for $page" >&2; exit 1; }
done
SEARCH_PATH="/api/v1/search?q=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7%20%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88"
curl -sf "$APP$SEARCH_PATH" -o "$WORK/search.json" || { echo "search failed" >&2; exit 1; }
curl -s --fail-with-body -X POST "$APP/api/v1/agencies/$AGENCY/requests" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -o "$WORK/intake.json" \
  --data '{"channel":"ONLINE","applicant":{"type":"NATURAL_PERSON","name":"压测申请人","idType":"RESIDENT_ID_CARD","idNumber":"11010519491231002X","phone":"13800000000","email":"bench@example.com","address":"示例市示例路1号"},"description":"申请公开示例市第1局2025年度预算执行情况","deliveryMethod":"EMAIL"}' \
  || { echo "intake POST failed: $(cat "$WORK/intake.json" 2>/dev/null)" >&2; exit 1; }

# Measures one target: prints "requests/s p99-ms errors"
measure() {
  local out
  out=$("${WRK[@]}" "$@")
  echo "$out" > "$WORK/wrk-last.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5} /Socket errors/ {print "socket-errors"}' <<<"$out" | paste -sd, -)
  echo "$rps $p99 ${errors:-0}"
}

if [ -z "${BENCH_LOCKED:-}" ]; then
  exec 9>/tmp/gongkai-maven.lock
  flock 9
fi
# BENCH_JFR=FILE: a 10 s flight recording of Gongkai's warm-up on the two pages (for profiling)
[ -n "${BENCH_JFR:-}" ] && jcmd "$APP_PID" JFR.start duration=10s filename="$BENCH_JFR" settings=profile > /dev/null
# Warm-up (JIT, page cache) for both servers, not counted; the pages are measured before search and intake run, so
# that those neither compete with them (requests still in flight) nor change what the JIT compiled for them
for url in "$APP$DOCUMENT_PAGE" "$APP$COLUMN_PAGE" "$NGINX$DOCUMENT_PAGE" "$NGINX$COLUMN_PAGE"; do
  wrk -t2 -c32 -d5s "$url" > /dev/null
done

declare -A R
R[app_document]=$(measure "$APP$DOCUMENT_PAGE")
R[nginx_document]=$(measure "$NGINX$DOCUMENT_PAGE")
R[app_column]=$(measure "$APP$COLUMN_PAGE")
R[nginx_column]=$(measure "$NGINX$COLUMN_PAGE")
wrk -t2 -c32 -d5s "$APP$SEARCH_PATH" > /dev/null
R[search]=$(measure "$APP$SEARCH_PATH")
R[intake]=$(measure -s bench/portal/intake.lua "$APP")
[ -z "${BENCH_LOCKED:-}" ] && flock -u 9

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f%%", 100 * a / b}'; }
field() { awk -v n="$2" '{print $n}' <<<"${R[$1]}"; }
{
  echo "bench/portal: $PUBLISHED published documents, wrk -t2 -c32 -d$DURATION on loopback, $(nproc) cores"
  echo "embedded PostgreSQL: synchronous_commit=$SYNCHRONOUS_COMMIT, fsync=$FSYNC; nginx $(nginx -v 2>&1 | sed 's/.*\///')"
  printf '%-34s %12s %10s  %s\n' "target" "requests/s" "p99 (ms)" "errors"
  printf '%-34s %12s %10s  %s\n' "Gongkai document page" $(field app_document 1) $(field app_document 2) $(field app_document 3)
  printf '%-34s %12s %10s  %s\n' "nginx document page" $(field nginx_document 1) $(field nginx_document 2) $(field nginx_document 3)
  printf '%-34s %12s %10s  %s\n' "Gongkai column list page" $(field app_column 1) $(field app_column 2) $(field app_column 3)
  printf '%-34s %12s %10s  %s\n' "nginx column list page" $(field nginx_column 1) $(field nginx_column 2) $(field nginx_column 3)
  printf '%-34s %12s %10s  %s\n' "search (/api/v1/search)" $(field search 1) $(field search 2) $(field search 3)
  printf '%-34s %12s %10s  %s\n' "intake POST (durable commits)" $(field intake 1) $(field intake 2) $(field intake 3)
  echo "Gongkai / nginx: document page $(ratio "$(field app_document 1)" "$(field nginx_document 1)"), column list page $(ratio "$(field app_column 1)" "$(field nginx_column 1)")"
} | tee "$WORK/result.txt"

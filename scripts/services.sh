#!/usr/bin/env bash
# Installs and starts the system services that some tests need, from Debian's packages:
# PostgreSQL (the @rapport/store-sql conformance run) and Chromium (the @rapport/cli report
# test in a real browser), on Debian or Ubuntu, as root or through sudo. Tests that need a
# service which is absent are skipped with a notice, so this step is optional on a laptop.
set -euo pipefail

# Root runs the commands itself; anyone else goes through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql chromium >/dev/null

version="$(ls /etc/postgresql | sort -V | tail -n 1)"
as_root pg_ctlcluster "$version" main start || true
until as_root su postgres -c "pg_isready -q"; do sleep 1; done
as_root su postgres -c "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname = 'rapport'\"" | grep -q 1 ||
  as_root su postgres -c "psql -qc \"CREATE ROLE rapport LOGIN PASSWORD 'rapport'\""
as_root su postgres -c "psql -qtc \"SELECT 1 FROM pg_database WHERE datname = 'rapport'\"" | grep -q 1 ||
  as_root su postgres -c "createdb -O rapport rapport"
# The on-disk erasure test checkpoints (so the heap is on disk when it scans) and reads
# data_directory to find the files: PostgreSQL 15's predefined roles, granted again harmlessly.
as_root su postgres -c "psql -qc \"GRANT pg_checkpoint, pg_read_all_settings TO rapport\"" 2>/dev/null ||
  echo "could not grant pg_checkpoint and pg_read_all_settings (PostgreSQL before 15?)"

echo "PostgreSQL $version is running; use RAPPORT_PG_URL=postgres://rapport:rapport@127.0.0.1:5432/rapport"
echo "Chromium: $(command -v chromium)"

#!/bin/sh
# Makes a fresh checkout ready to build: installs the npm packages when node_modules is missing or
# older than package-lock.json, and with --browser also Debian's chromium for the browser tests
# (Playwright cannot download its own browser on these machines; see docs/testing.md).
set -eu
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
	echo "setup: installing Debian's chromium for the browser tests"
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium fonts-dejavu-core
fi

#!/bin/sh
# Makes a fresh checkout ready to build: installs the npm packages when node_modules is missing or
# older than package-lock.json; with --browser also Debian's chromium for the browser tests
# (Playwright cannot download its own browser on these machines; see docs/testing.md); with --hosts
# also the real servers and engines of `npm run test:hosts` and `npm run test:engines`: nginx
# (with its brotli_static module), apache2, caddy, firefox-esr, webkit2gtk-driver, xvfb and Mesa;
# with --wordpress also what `npm run test:wordpress` runs: Debian's wordpress with the Twenty
# Twenty-One theme, mariadb-server, php-fpm, php-mysql and nginx.
# Debian packages are installed only when missing; no service is started (the suites start the
# binaries themselves).
set -eu
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi

packages=""
want() {
	dpkg -s "$1" >/dev/null 2>&1 || packages="$packages $1"
}
for option in "$@"; do
	case "$option" in
	--browser)
		[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || want chromium
		want fonts-dejavu-core
		;;
	--hosts)
		want nginx
		want libnginx-mod-http-brotli-static
		want apache2
		want caddy
		want firefox-esr
		want webkit2gtk-driver
		want xvfb
		# Mesa's llvmpipe: WebGL for Firefox and WebKit under Xvfb.
		want libgl1-mesa-dri
		;;
	--wordpress)
		want wordpress
		want wordpress-theme-twentytwentyone
		want mariadb-server
		want php-fpm
		want php-mysql
		want nginx
		;;
	esac
done

if [ -n "$packages" ]; then
	echo "setup: installing Debian packages:$packages"
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y $packages
fi

#!/bin/sh
# Makes sure Debian packages a test needs are installed: need-packages.sh PACKAGE...
# Installs the missing ones with apt-get when it can (root, or password-less sudo); otherwise
# says exactly what to install and fails. Test set-up calls this before starting a service or
# a browser, so a fresh machine needs no manual step.
set -eu

missing=""
for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run="sudo -n"
else
    echo "ficshelf: these Debian packages are needed and cannot be installed without root:$missing" >&2
    echo "ficshelf: install them with: sudo apt-get install$missing" >&2
    exit 1
fi

echo "ficshelf: installing Debian packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# A lock held by another install (two test JVMs at once) is waited for, not failed on.
$run apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 || true
# shellcheck disable=SC2086
$run apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >&2

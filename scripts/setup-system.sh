#!/usr/bin/env bash
# Installs the Debian packages the test gate needs, when missing:
# - python3-vobject, gir1.2-ical-3.0, python3-gi: the independent iCalendar validators;
# - chromium: headless browser for the core suite in vitest browser mode (playwright drives
#   /usr/bin/chromium and downloads no browser of its own).
# Idempotent; needs root (as on CI) or sudo.
set -euo pipefail
PACKAGES=(python3-vobject gir1.2-ical-3.0 python3-gi chromium)
have() {
  /usr/bin/python3 -c 'import vobject, gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib' 2>/dev/null &&
    [ -x /usr/bin/chromium ]
}
if have; then
  echo "setup-system: ${PACKAGES[*]} present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "setup-system: installing ${PACKAGES[*]}"
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null 2>&1 ||
  { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null; }
have || { echo "setup-system: the packages did not install" >&2; exit 1; }
echo "setup-system: done ($(/usr/bin/chromium --version))"

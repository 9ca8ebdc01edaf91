#!/usr/bin/env bash
# Installs the Debian packages the test suite needs: Python vobject and libical (with GObject
# introspection) for the independent iCalendar validators. Idempotent: does nothing when they
# are already there. Needs root (as on CI) or sudo.
set -euo pipefail
PACKAGES=(python3-vobject gir1.2-ical-3.0 python3-gi)
if /usr/bin/python3 -c 'import vobject, gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib' 2>/dev/null; then
  echo "setup-system: ${PACKAGES[*]} present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "setup-system: installing ${PACKAGES[*]}"
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null 2>&1 ||
  { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null; }
/usr/bin/python3 -c 'import vobject, gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib'
echo "setup-system: done"

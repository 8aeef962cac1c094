#!/usr/bin/env bash
# Makes sure Debian's headless browser and its WebDriver are installed for the workspace browser test.
# Exit 0 when /usr/bin/chromium and /usr/bin/chromedriver are present (installing them with apt if needed), 1 otherwise.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: apt-get not available; install chromium and chromium-driver by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "ensure-chromium: not root and no passwordless sudo; run: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
echo "ensure-chromium: installing chromium and chromium-driver with apt-get" >&2
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >&2 \
  || { $SUDO apt-get update -q >&2 && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >&2; } \
  || { echo "ensure-chromium: apt-get install failed" >&2; exit 1; }
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]

#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's chromium and chromium-driver (headless Chromium driven by Selenium
# from the server module's tests). Installs them non-interactively when missing and says clearly when it cannot.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser-test-deps: chromium and chromium-driver are missing and apt-get is not available;" \
       "install them by hand (the server module's browser tests need /usr/bin/chromium and /usr/bin/chromedriver)" >&2
  exit 3
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "browser-test-deps: chromium and chromium-driver are missing; installing them needs root" \
       "(sudo apt-get install chromium chromium-driver)" >&2
  exit 3
fi
echo "browser-test-deps: installing chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; }; then
  echo "browser-test-deps: apt-get could not install chromium and chromium-driver" >&2
  exit 3
fi
command -v chromium >/dev/null && command -v chromedriver >/dev/null

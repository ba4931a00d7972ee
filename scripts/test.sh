#!/usr/bin/env bash
# Installs what is missing, builds, runs every test and the export round trips, then checks the
# HTML report in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
INSTGRAPH_BROWSER_CHECK=1 bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/check-exports.sh
bash scripts/check-report-in-browser.sh

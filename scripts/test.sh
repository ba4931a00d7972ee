#!/usr/bin/env bash
# Installs what is missing, builds, runs every test, the export round trips and the CORDIS check
# against pandas, then checks the HTML report in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
INSTGRAPH_BROWSER_CHECK=1 bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/check-exports.sh
bash scripts/check-cordis.sh
bash scripts/check-report-in-browser.sh

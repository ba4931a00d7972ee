#!/usr/bin/env bash
# Builds the DocC documentation of the InstitutionGraph library (swift-docc-plugin) as a static
# site in out/docs, with every DocC warning an error: a broken ``Symbol`` or <doc:Article> link, a
# documented parameter that does not exist or an undocumented one, an unknown directive. The
# articles are in Sources/InstitutionGraph/InstitutionGraph.docc; their Swift snippets are run by
# DocumentationExamplesTests. SCRATCH sets the build folder (default .build), OUT the site's.
# Serve the site from its folder (python3 -m http.server -d out/docs) and open
# /documentation/institutiongraph.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build}
out=${OUT:-out/docs}
mkdir -p "$out"
swift package --scratch-path "$scratch" --allow-writing-to-directory "$out" \
    generate-documentation --target InstitutionGraph --warnings-as-errors \
    --transform-for-static-hosting --output-path "$out"
echo "docs: built $out with no warnings"

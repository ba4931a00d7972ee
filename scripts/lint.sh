#!/usr/bin/env bash
# Checks that every Swift file is formatted as .swift-format says (swift-format, part of the Swift
# toolchain): Sources, Tests, Plugins, the manifests, the benchmarks and the fuzz targets. With --fix, formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=(Sources Tests Plugins Package.swift Benchmarks/Benchmarks Benchmarks/Package.swift Fuzz/Package.swift Fuzz/Sources/FuzzCSV Fuzz/Sources/FuzzYAML Fuzz/Sources/FuzzJSON
      Fuzz/Sources/FuzzXLSX Fuzz/Sources/FuzzGraphML Fuzz/Sources/FuzzExports Fuzz/Sources/FuzzDiagrams Fuzz/Sources/FuzzProjection
      Fuzz/Sources/FuzzSupport)
if [[ ${1:-} == --fix ]]; then
    swift format format --in-place --recursive "${dirs[@]}"
else
    swift format lint --strict --recursive "${dirs[@]}"
    echo "lint: every Swift file is formatted as .swift-format says"
fi

#!/usr/bin/env bash
# Installs what instgraph needs on Debian or Ubuntu, when it is missing:
# Graphviz's C libraries and programs, libxml2's headers, pkg-config, and a CJK font for Hangul
# in PNG and PDF.
# Run as root, or with sudo available. Swift 6.1 or later must already be on PATH.
set -euo pipefail

packages=(libgraphviz-dev graphviz libxml2-dev pkg-config fonts-noto-cjk)
if [[ "${INSTGRAPH_BROWSER_CHECK:-0}" == 1 ]]; then
    packages+=(chromium poppler-utils)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
    echo "setup: Swift 6.1 or later is needed on PATH (https://www.swift.org/install/linux/)" >&2
    exit 1
fi

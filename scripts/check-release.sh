#!/usr/bin/env bash
# Checks a release tarball as a user without Swift would meet it: unpacks it, installs it under a
# temporary prefix with its install.sh, checks that the binary links no Swift toolchain library,
# then runs it with an empty environment (`env -i`, so no toolchain on any path) through
# --version, summary, render (SVG and PNG) and report.
# Usage: bash scripts/check-release.sh out/instgraph-VERSION-linux-ARCH.tar.gz
set -euo pipefail
tarball="$(realpath "${1:?usage: check-release.sh TARBALL}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tar -C "$work" -xzf "$tarball"
unpacked=("$work"/instgraph-*)
"${unpacked[0]}/install.sh" --prefix "$work/prefix"
instgraph="$work/prefix/bin/instgraph"
for file in share/man/man1/instgraph.1 share/bash-completion/completions/instgraph \
    share/zsh/site-functions/_instgraph share/fish/vendor_completions.d/instgraph.fish \
    share/doc/instgraph/LICENSE; do
    [[ -s "$work/prefix/$file" ]] || { echo "check-release: $file is missing from the installed release" >&2; exit 1; }
done

# The manual is dated as release.sh dates it: SOURCE_DATE_EPOCH's day, else the commit's.
epoch="${SOURCE_DATE_EPOCH:-$(git -C "$(dirname "$0")" log -1 --format=%ct 2>/dev/null || true)}"
if [[ -n $epoch ]]; then
    dated=".Dd $(date -u -d "@$epoch" '+%B %-d, %Y')"
    grep -qxF "$dated" "$work/prefix/share/man/man1/instgraph.1" \
        || { echo "check-release: the manual's date is not '$dated'" >&2; exit 1; }
fi

libraries="$(ldd "$instgraph")"
if grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|_FoundationICU|/opt/swift|not found' <<<"$libraries"; then
    echo "check-release: the installed binary needs the libraries above" >&2
    exit 1
fi

cd "$work"
run() { env -i "$instgraph" "$@"; }
# Whole outputs first: `grep -q` stops reading at its match, which a longer output would meet as a
# closed pipe.
[[ "$(run --version)" =~ ^[0-9][0-9.]*\ \(built\ with\ Graphviz\  ]]
[[ "$(run summary)" == *K-AI* ]]
run render --format svg -o "$work/bipartite.svg"
run render --view institutions --format png -o "$work/institutions.png"
run report -o "$work/report.html"
grep -q '</svg>' "$work/bipartite.svg"
[[ "$(head -c 8 "$work/institutions.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]]
grep -q '</html>' "$work/report.html"
echo "check-release: $(basename "$tarball") installs and runs without a Swift toolchain ($(wc -c <"$instgraph") bytes)"

#!/usr/bin/env bash
# Builds the release tarball: out/instgraph-VERSION-linux-ARCH.tar.gz, which runs on a Debian or
# Ubuntu machine without a Swift toolchain. It holds
#   bin/instgraph                         linked with --static-swift-stdlib (Swift's runtime and
#                                         Foundation inside; Graphviz and libxml2 from the system)
#   share/man/man1/instgraph.1            the manual page, made by ArgumentParser's generate-manual
#   share/bash-completion, zsh, fish      the shell completions, made by the binary itself
#   share/doc/instgraph                   README, CHANGELOG, LICENSE
#   install.sh                            copies the above under a prefix and checks for Graphviz
# The version comes from the binary (`instgraph --version`), whose one source is
# Sources/InstitutionGraph/About/InstgraphVersion.swift.
# Usage: bash scripts/release.sh [OUTPUT-DIRECTORY]   (default: out)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

output_directory="$(mkdir -p "${1:-out}" && cd "${1:-out}" && pwd)"
scratch=.build-release

# generate-manual builds every product in release mode and asks the binary to describe its
# commands; the static link below comes after it, so the binary shipped is the static one.
# The manual's date is the day of SOURCE_DATE_EPOCH when it is set (reproducible builds), else the
# day of the commit built, so that two builds of one commit give the same page.
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
swift package --scratch-path "$scratch" plugin generate-manual --date "$(date -u -d "@$epoch" +%Y-%m-%d)" >&2
swift build --scratch-path "$scratch" -c release --product instgraph --static-swift-stdlib >&2
binary="$(swift build --scratch-path "$scratch" -c release --static-swift-stdlib --show-bin-path)/instgraph"
manual="$scratch/plugins/GenerateManual/outputs/instgraph/instgraph.1"
[[ -s "$manual" ]] || manual="$(find "$scratch/plugins" -name instgraph.1 -print -quit)"
[[ -s "$manual" ]] || { echo "release: generate-manual wrote no instgraph.1 under $scratch/plugins" >&2; exit 1; }

version="$("$binary" --version | cut -d' ' -f1)"
name="instgraph-$version-linux-$(uname -m)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
root="$staging/$name"

install -D -m 755 "$binary" "$root/bin/instgraph"
strip "$root/bin/instgraph"
install -D -m 644 "$manual" "$root/share/man/man1/instgraph.1"
"$binary" --generate-completion-script bash > "$staging/bash"
"$binary" --generate-completion-script zsh > "$staging/zsh"
"$binary" --generate-completion-script fish > "$staging/fish"
install -D -m 644 "$staging/bash" "$root/share/bash-completion/completions/instgraph"
install -D -m 644 "$staging/zsh" "$root/share/zsh/site-functions/_instgraph"
install -D -m 644 "$staging/fish" "$root/share/fish/vendor_completions.d/instgraph.fish"
for document in README.md CHANGELOG.md LICENSE; do
    install -D -m 644 "$document" "$root/share/doc/instgraph/$document"
done
install -m 755 scripts/release/install.sh "$root/install.sh"

# The binary must not need anything from a Swift toolchain.
if ldd "$root/bin/instgraph" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|_FoundationICU'; then
    echo "release: the binary still links the Swift libraries above" >&2
    exit 1
fi

tarball="$output_directory/$name.tar.gz"
tar -C "$staging" --owner=0 --group=0 --sort=name -czf "$tarball.partial" "$name"
mv "$tarball.partial" "$tarball"
echo "$tarball"

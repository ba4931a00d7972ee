#!/usr/bin/env sh
# Installs instgraph from this unpacked release under a prefix (default /usr/local):
#   PREFIX/bin/instgraph, its manual page, its bash, zsh and fish completions, and its documents.
# Usage: ./install.sh [--prefix DIRECTORY]
# instgraph needs one thing from the system: Graphviz's libraries (and libxml2, which Debian and
# Ubuntu install almost always). This script says how to install them when they are missing.
set -eu

prefix=/usr/local
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 64; }
                  prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --prefix DIRECTORY)" >&2; exit 64 ;;
    esac
done

here="$(cd "$(dirname "$0")" && pwd)"
for relative in bin/instgraph share/man/man1/instgraph.1 \
    share/bash-completion/completions/instgraph share/zsh/site-functions/_instgraph \
    share/fish/vendor_completions.d/instgraph.fish \
    share/doc/instgraph/README.md share/doc/instgraph/CHANGELOG.md share/doc/instgraph/LICENSE; do
    mode=644
    [ "$relative" = bin/instgraph ] && mode=755
    mkdir -p "$prefix/$(dirname "$relative")"
    cp "$here/$relative" "$prefix/$relative.installing"
    chmod "$mode" "$prefix/$relative.installing"
    mv "$prefix/$relative.installing" "$prefix/$relative"
done
echo "installed instgraph in $prefix/bin"

missing="$(ldd "$prefix/bin/instgraph" 2>/dev/null | sed -n 's/^[[:space:]]*\([^ ]*\) => not found.*/\1/p' | tr '\n' ' ')"
if [ -n "$missing" ]; then
    echo "instgraph needs libraries this machine lacks: $missing" >&2
    echo "install them with:  sudo apt-get install libgvc6 libcgraph6 libxml2" >&2
    echo "(and, for Hangul in PNG and PDF diagrams:  sudo apt-get install fonts-noto-cjk)" >&2
    exit 1
fi
"$prefix/bin/instgraph" --version

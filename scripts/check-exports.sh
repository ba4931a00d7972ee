#!/usr/bin/env bash
# Exports the bundled dataset in every format and reads each file back with NetworkX
# (Tests/ExportRoundTrip/check_exports.py). Uses python3 when it has NetworkX 3.4 or later and
# PyYAML; otherwise installs them from PyPI into a virtual environment in a temporary folder.
# INSTGRAPH=path/to/instgraph picks the binary (default: the debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${INSTGRAPH:-}" ]]; then
    swift build --product instgraph >&2
    INSTGRAPH="$(swift build --show-bin-path)/instgraph"
fi

. scripts/python-env.sh
python_with 'import networkx, yaml, sys; sys.exit(tuple(map(int, networkx.__version__.split(".")[:2])) < (3, 4))' $(pinned networkx PyYAML)
"$python" Tests/ExportRoundTrip/check_exports.py "$INSTGRAPH"

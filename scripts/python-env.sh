# Sourced by the check scripts: `python_with CHECK PACKAGE…` sets $python to python3 when the
# Python statement CHECK runs without error there (e.g. 'import pandas'), and otherwise installs
# the PyPI packages into a virtual environment in a temporary folder and sets $python to its Python.
# With PYTHON_VENV set, that folder holds the environment instead, and is reused when it passes CHECK.
python_with() {
    local check="$1"; shift
    python=python3
    if python3 -c "$check" 2>/dev/null; then
        return
    fi
    local venv="${PYTHON_VENV:-}"
    if [[ -n $venv && -x $venv/bin/python ]] && "$venv/bin/python" -c "$check" 2>/dev/null; then
        python="$venv/bin/python"
        return
    fi
    [[ -n $venv ]] || venv="$(mktemp -d)/venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        local sudo=""
        [[ $(id -u) == 0 ]] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
    echo "installing $* from PyPI into $venv" >&2
    "$venv/bin/pip" install --quiet "$@"
    python="$venv/bin/python"
}

# `pinned NAME…` prints the pinned requirement of each package named (`networkx==3.6.1`), from the
# one requirements file of every fixture, check and anchor script.
pinned() {
    local file
    file="$(dirname "${BASH_SOURCE[0]}")/../Tests/NetworkXReference/requirements.txt"
    local name
    for name in "$@"; do
        grep -i "^$name==" "$file" || { echo "python-env: $name is not pinned in $file" >&2; return 1; }
    done
}

#!/usr/bin/env bash
# Checks casemark compare's kappa, interval and agreement against statsmodels (cohens_kappa) on
# random data. Makes a throwaway virtual environment, installs statsmodels from PyPI into it,
# and removes it at the end. Needs python3 and the network (PyPI) for the install; casemark
# itself never uses the network.
#
#   scripts/check-kappa.sh [TRIALS] [SEED]      (defaults: 200 trials, seed 2026)
#
# Uses $CASEMARK_BINARY if set, else builds and uses .build/debug/casemark.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
    echo "check-kappa: skipped: python3 is not installed" >&2
    exit 2
fi
binary="${CASEMARK_BINARY:-}"
if [ -z "$binary" ]; then
    swift build --product casemark >/dev/null
    binary="$(swift build --show-bin-path)/casemark"
fi
venv="$(mktemp -d "${TMPDIR:-/tmp}/casemark-kappa-venv.XXXXXX")"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check statsmodels; then
    echo "check-kappa: skipped: could not install statsmodels from PyPI (no network?)" >&2
    exit 2
fi
"$venv/bin/python" scripts/check-kappa.py "$binary" "${1:-200}" "${2:-2026}"

#!/usr/bin/env bash
# Regenerate the screenshots of docs/dashboard.md with the browser tests' own headless Chromium:
# the review queue (a phone-sized window) and the warnings editor with a Khmer text previewed (a wide window).
set -euo pipefail
cd "$(dirname "$0")/.."
LURECHECK_SCREENSHOTS=docs .venv/bin/python -m pytest -q tests/e2e/test_dashboard.py \
  -k "confirms_a_report or edits_a_khmer_warning"
ls -l docs/dashboard-reviews.png docs/dashboard-warnings-km.png

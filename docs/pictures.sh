#!/usr/bin/env bash
# Renders the first page of each theme's PDF of resume.md to docs/<theme>.png, for the README.
# Needs the built CLI (npm install) and pdftoppm (Debian: poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for folder in styles/*/; do
  theme=$(basename "$folder")
  node lib/cli.js build resume.md --format pdf --theme "$theme" --out "$out/$theme"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/$theme/resume.pdf" "docs/$theme"
done

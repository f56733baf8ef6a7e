#!/usr/bin/env bash
# Seeds the fuzzers' corpora from the built-in data, so they start from valid files and names:
# fuzz/corpus/loader/<file> is one byte for the file's kind (its place in Kind::ALL) and the
# file's text; fuzz/corpus/resolver/<n> is a kinds mask (0xff: all) and a name.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/loader corpus/resolver
kind=0
for file in sources organizations skills fields specializations titles credentials courses; do
    { printf "\\x$(printf %02x "$kind")"; cat "../data/$file.toml"; } > "corpus/loader/$file"
    kind=$((kind + 1))
done
n=0
for name in informatics him rhia "Registered Health Information Administrator" cio nursing \
    "data analysis" "health-information technician" CAHIIM; do
    { printf '\xff'; printf '%s' "$name"; } > "corpus/resolver/seed-$n"
    n=$((n + 1))
done

#!/usr/bin/env bash
# Builds the release archive, as ripgrep and tealdeer ship theirs:
#   dist/him-VERSION-TARGET.tar.gz, holding him-VERSION-TARGET/ with the binary, the shell
#   completions, the man page, README.md and the licences.
# The binary is the `dist` profile of Cargo.toml (the release build). On Linux with glibc it is
# linked statically (`crt-static`), so it runs on any x86-64 Linux without the build machine's
# libraries and starts sooner (no dynamic loader; BENCHMARKS.md). The flag reaches only what is
# built for the target: naming `--target` keeps it away from proc-macros and build scripts, which
# refuse it. The static link needs glibc's libc.a (libc6-dev on Debian and Ubuntu,
# glibc-static on Fedora and RHEL). Elsewhere the binary is the ordinary release build.
#
# Usage: scripts/dist.sh [TARGET]   (default: the host). Prints the archive's path last.
# Then it unpacks the archive in a scratch directory and runs the packed binary once, so a broken
# archive fails here and not on a user's machine.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-$(rustc -vV | sed -n 's/^host: //p')}
version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "him"))')
name="him-$version-$target"

rustflags=${RUSTFLAGS:-}
case "$target" in
  *-linux-gnu*) rustflags="$rustflags -C target-feature=+crt-static" ;;
esac
RUSTFLAGS="$rustflags" cargo build --profile dist --locked --target "$target" --quiet
binary="target/$target/dist/him"

stage="target/dist-stage/$name"
rm -rf "$stage"
mkdir -p "$stage/complete" "$stage/doc"
cp "$binary" "$stage/him"
for shell in bash zsh fish powershell elvish; do
  case "$shell" in
    bash) file="him.bash" ;;
    zsh) file="_him" ;;
    fish) file="him.fish" ;;
    powershell) file="_him.ps1" ;;
    elvish) file="him.elv" ;;
  esac
  "$stage/him" completions "$shell" >"$stage/complete/$file"
done
"$stage/him" man >"$stage/doc/him.1"
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/"

mkdir -p dist
archive="dist/$name.tar.gz"
tar -czf "$archive" -C "target/dist-stage" "$name"

# The packed binary, run from a fresh directory with no data of its own.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
tar -xzf "$archive" -C "$check"
packed="$check/$name/him"
"$packed" --version >/dev/null
XDG_DATA_HOME="$check/no-data" HIM_DATA_DIR= "$packed" compare informatics him >/dev/null
case "$target" in
  *-linux-gnu*)
    if command -v file >/dev/null && ! file -b "$packed" | grep -qE 'static-pie linked|statically linked'; then
      echo "dist.sh: $packed is not statically linked" >&2
      exit 1
    fi
    ;;
esac
echo "$archive"

#!/usr/bin/env bash
# Whole-process benchmarks of him, as BENCHMARKS.md reports them:
#   1. start-up ratios against a hello-world Rust binary, measured in pairs, for the build users
#      get from `cargo build --release` / `cargo install --path .` (dynamically linked) and for
#      the release archive's binary (`scripts/dist.sh`: the `dist` profile, linked statically on
#      Linux with glibc);
#   2. peak memory of each command on the built-in data;
#   3. the scale curve: 1,000, 10,000 and 100,000 titles of user data;
#   4. the hostile shapes of issue 19: time and peak memory against the number of records.
# Run from the repository: scripts/bench.sh [PAIRS]. Needs GNU time (/usr/bin/time); uses
# hyperfine for absolute medians when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-40}
work=target/bench
mkdir -p "$work"
host=$(rustc -vV | sed -n 's/^host: //p')
release="target/release"

cargo build --release --quiet
cargo build --release --quiet --example gen_data --example paired
# The archive's binary, built as scripts/dist.sh builds it.
scripts/dist.sh >/dev/null

# The floor: a `cargo new` hello world built by `cargo build --release` (dynamically linked),
# and the same linked statically, to show how much of the floor is the dynamic loader.
if [ ! -f "$work/hello/src/main.rs" ]; then
  rm -rf "$work/hello"
  cargo new --quiet --vcs none --name hello "$work/hello"
fi
(cd "$work/hello" && cargo build --release --quiet --target-dir target/dynamic)
(cd "$work/hello" && RUSTFLAGS="-C target-feature=+crt-static" cargo build --release --quiet \
  --target "$host" --target-dir target/static)

# Every binary is measured as installed (`cargo install` copies it): a copy starts 10-15% sooner
# than the file the linker wrote in target/, which the kernel maps in smaller pieces. The last
# start-up table shows the difference.
bin="$work/bin"
mkdir -p "$bin"
cp "$release/him" "$bin/him"
cp "target/$host/dist/him" "$bin/him-dist"
cp "$work/hello/target/dynamic/release/hello" "$bin/hello"
cp "$work/hello/target/static/$host/release/hello" "$bin/hello-static"
him="$bin/him"
dist_him="$bin/him-dist"
hello="$bin/hello"
static_hello="$bin/hello-static"
for binary in "$him" "$dist_him" "$hello" "$static_hello"; do
  printf '%-28s %s\n' "$binary" "$(file -b "$binary" | grep -oE 'static-pie linked|statically linked|dynamically linked')"
done

export HIM_TODAY=2026-11-25
commands=(
  "$him --version"
  "$him compare informatics him"
  "$him list titles"
  "$him salary --area illinois"
  "$him show rhia"
  "$him eligible --degree bachelor --program him --accredited-by cahiim"
  "$him ladder informatics him"
  "$him fit --skills programming,database"
  "$him search coding"
)

echo "== start-up of the release build (cargo build --release), paired against $hello ($pairs pairs each)"
"$release/examples/paired" --pairs "$pairs" --baseline "$hello" -- "${commands[@]}"

echo
echo "== the release archive's static binary (scripts/dist.sh), paired against the same $hello ($pairs pairs each)"
"$release/examples/paired" --pairs "$pairs" --baseline "$hello" -- \
  "${commands[@]/#$him/$dist_him}" "$static_hello"

echo
echo "== as the linker wrote them in target/, not installed ($pairs pairs each)"
"$release/examples/paired" --pairs "$pairs" --baseline "$hello" -- \
  "$release/him list titles" "$him list titles" "target/$host/dist/him list titles" \
  "$dist_him list titles"

if command -v hyperfine >/dev/null; then
  echo
  echo "== absolute medians (hyperfine)"
  hyperfine -N --warmup 10 --runs 100 --style basic "$hello" "$him compare informatics him" \
    "$him list titles" "$him salary --area illinois" 2>&1 | grep -E "Benchmark|Time"
fi

echo
echo "== peak RSS on the built-in data (KiB, median of 5)"
for command in "${commands[@]}" "${commands[@]/#$him/$dist_him}"; do
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%M" $command 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p | tr '\n' ' '
  echo " $command"
done

echo
echo "== scale: $him --data DIR list titles --field him --format json (median of 5)"
for n in 1000 10000 100000; do
  dir="$work/titles-$n"
  [ "$dir/titles.toml" -nt "$release/examples/gen_data" ] || "$release/examples/gen_data" --titles "$n" --out "$dir" >/dev/null
  size=$(du -m "$dir/titles.toml" | cut -f1)
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e s %M KiB" "$him" --data "$dir" list titles --field him --format json 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p | tr '\n' ' '
  echo " $n titles (${size} MB)"
done

# One line of the hostile-shapes table: the median of 5 runs of `him ARGS`, as wall time, peak
# RSS, exit code and bytes written.
hostile() {
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e s %M KiB" -o "$work/time" "$him" "$@" >"$work/out" 2>/dev/null && code=0 || code=$?
    echo "$(tail -1 "$work/time") exit $code $(wc -c <"$work/out") B"
  done | sort -n | sed -n 3p | tr '\n' ' '
}

echo
echo "== hostile shapes (issue 19): median of 5"
gen="$release/examples/gen_data"
for n in 10 20 30 100; do
  dir="$work/layers-$n"
  [ "$dir/credentials.toml" -nt "$gen" ] || "$gen" --credential-layers "$n" --out "$dir" >/dev/null
  hostile --data "$dir" credentials --requires cahiim
  echo " credentials --requires cahiim, $n layers of two credentials"
done
for n in 1000 20000; do
  dir="$work/chain-$n"
  [ "$dir/credentials.toml" -nt "$gen" ] || "$gen" --credential-chain "$n" --out "$dir" >/dev/null
  hostile check "$dir"
  echo " check, a chain of $n credentials (refused past 100)"
done
for n in 10000 40000 70000; do
  dir="$work/occupations-$n"
  [ "$dir/oews-wages.csv" -nt "$gen" ] || "$gen" --occupations "$n" --out "$dir" >/dev/null
  hostile check "$dir"
  echo " check, a wage table of $n occupations"
done
for sharing in 100 2000; do
  dir="$work/sharing-$sharing"
  [ "$dir/titles.toml" -nt "$gen" ] || "$gen" --titles 2000 --sharing "$sharing" --out "$dir" >/dev/null
  for compared in 100 2000; do
    # shellcheck disable=SC2046 # one argument per title id
    hostile --data "$dir" compare $(seq -f "generated-title-%g" 0 $((compared - 1)))
    echo " compare $compared of 2,000 titles, $sharing sharing one occupation code"
  done
done

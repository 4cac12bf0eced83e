#!/usr/bin/env bash
# Builds fuzz_csv_import with clang and libFuzzer + ASan + UBSan in build/fuzz, then runs it for N seconds
# (default 60) from the seed corpus in tests/data/csv (and csv-spectrum's, once ./dev has installed it). Exit status:
# 0 when nothing was found. ./dev test does the same in build/dev/fuzz (a sub-build of build/dev) with 60 s.
#   tests/fuzz/run-bounded.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz
# The flags of the sub-build in tests/fuzz/CMakeLists.txt: Debug keeps Q_ASSERT on.
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
-D_GLIBCXX_ASSERTIONS"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DBINDERY_BUILD_FUZZERS=ON -DBINDERY_BUILD_SANDBOX=OFF -DBINDERY_BUILD_BENCHMARKS=OFF \
    -DBINDERY_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build "$build" --target fuzz_csv_import
cd "$build"
ctest -L fuzz -R fuzz_csv_import_bounded -V

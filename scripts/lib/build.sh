# Shared by scripts/check and scripts/demo: configure and build the tree once, in build/<name>.
# shellcheck shell=bash

TEAHOUSE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

teahouse_build() {
    local dir="$1"
    shift
    # ccache: paths relative to the checkout, so two clones (CI's fresh one, a developer's)
    # share compiled objects.
    export CCACHE_BASEDIR="$TEAHOUSE_ROOT" CCACHE_NOHASHDIR=true
    local jobs
    jobs=$(nproc)
    # clang for the whole tree, so the libFuzzer targets are part of the same build. -O2
    # without debug info: optimised code for the benchmarks at about two thirds of the build
    # time and a fraction of the link time of RelWithDebInfo (the fuzzers keep their -g).
    if [[ ! -f "$dir/build.ninja" ]]; then
        cmake -S "$TEAHOUSE_ROOT" -B "$dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" \
            -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
            -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld \
            "$@"
    fi
    cmake --build "$dir" -j "$jobs"
}

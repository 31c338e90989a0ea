# scripts/check --sanitize: configure build/sanitize (TEAHOUSE_SANITIZE: clang with ASan+UBSan,
# -O1, only core, tools and the unit/integration tests), build it and run those tests with the
# sanitizers' options set. Ends with ctest's summary.
# shellcheck shell=bash

teahouse_sanitize_check() {
    local dir=${TEAHOUSE_SANITIZE_BUILD_DIR:-build/sanitize}
    local started=$SECONDS
    # -O1: ASan's recommended level (usable speed, exact reports); line tables only, for
    # symbolized stacks at little link cost. Debug config: Q_ASSERTs stay on.
    teahouse_build "$dir" -DTEAHOUSE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
        -DCMAKE_C_FLAGS_DEBUG="-O1 -gline-tables-only"
    local built=$SECONDS

    local supp="$TEAHOUSE_ROOT/tests/sanitize"
    # Leaks count: one of ours fails its test. Known one-time allocations of the libraries
    # below us (fontconfig, Qt's plugin loading) are listed in lsan.supp, by library.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:print_suppressions=0"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
    # Uninstrumented children (python peer, prosody) must not inherit a preload or options that
    # mean nothing to them: only our binaries link the runtime, so nothing to do there.

    cd "$dir"
    local status=0
    ctest --output-on-failure -j "$(nproc)" -L 'unit|integration' "$@" |
        tee ctest-output.txt || status=$?
    local finished=$SECONDS

    echo
    echo "== sanitizer findings =="
    # A finding prints one of these headers; list the tests that printed one.
    awk '
        /^[0-9]+\/[0-9]+ Test: / { name = $3; next }
        /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/ { print name ": " $0 }
    ' Testing/Temporary/LastTest.log | sort -u | head -n 40 || true
    echo
    echo "sanitize: build $((built - started)) s, tests $((finished - built)) s"
    echo
    sed -n '/tests passed\|tests failed/,$p' ctest-output.txt
    return "$status"
}

# TEAHOUSE_SANITIZE: the ASan+UBSan build that `scripts/check --sanitize` runs (build/sanitize).
# Everything is instrumented (core, tools, tests); only what the unit and integration tests
# need is built: no QML UI, no app, no packaging, no benchmarks or fuzzers (they carry their own
# sanitizers), which keeps the build short. A UBSan finding aborts (no recovery), so a test
# with undefined behaviour fails instead of printing a line nobody reads.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TEAHOUSE_SANITIZE needs clang (-DCMAKE_CXX_COMPILER=clang++)")
endif()
set(_teahouse_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
add_compile_options(${_teahouse_sanitize_flags})
add_link_options(-fsanitize=address,undefined)

# Test directories whose every program needs the app or a QML UI module (not built here).
set(TEAHOUSE_SANITIZE_SKIPPED_DIRS
    tests/unit/scan tests/integration/app tests/integration/packaging)
# Top-level and tests/ areas left out.
set(TEAHOUSE_SANITIZE_SKIPPED_AREAS ui app packaging bench fuzz)

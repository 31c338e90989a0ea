# libFuzzer targets for official accounts (core/articles): the Atom/RSS parser and the HTML
# sanitiser, included from CMakeLists.txt after _fuzz_flags is set. Like the QR targets: the
# sources compiled into the target, instrumented; gumbo linked as the system library.
find_package(PkgConfig REQUIRED)
pkg_check_modules(FUZZ_GUMBO REQUIRED IMPORTED_TARGET gumbo)
set(_articles ${PROJECT_SOURCE_DIR}/core/articles)
foreach(name feed html)
    set(target fuzz_articles_${name})
    add_executable(${target} ${CMAKE_CURRENT_LIST_DIR}/${target}.cpp ${_articles}/FeedParser.cpp
                   ${_articles}/HtmlSanitizer.cpp ${PROJECT_SOURCE_DIR}/core/base/Error.cpp)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/core
                               ${CMAKE_CURRENT_LIST_DIR})
    target_compile_options(${target} PRIVATE ${_fuzz_flags} $<$<CONFIG:Debug>:-O1>)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${target} PRIVATE Qt6::Core PkgConfig::FUZZ_GUMBO)
    teahouse_set_warnings(${target})
    teahouse_strict_strings(${target})

    add_test(NAME ${target}
             COMMAND ${CMAKE_COMMAND} -DFUZZER=$<TARGET_FILE:${target}>
                     -DCORPUS=${CMAKE_CURRENT_LIST_DIR}/corpus/articles_${name}
                     -DWORK=${CMAKE_CURRENT_BINARY_DIR}/${target}.run -DSECONDS=10
                     -P ${CMAKE_CURRENT_LIST_DIR}/run-fuzzer.cmake)
    set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 60
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1")
    teahouse_serialize_heavy_test(${target} fuzz)
endforeach()

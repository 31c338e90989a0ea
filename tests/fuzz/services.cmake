# libFuzzer target for data forms as city services receive them (XEP-0004 parse, XEP-0122
# checks, XEP-0141 layout), included from CMakeLists.txt after _fuzz_flags is set.
set(target fuzz_dataform)
add_executable(${target} ${CMAKE_CURRENT_LIST_DIR}/${target}.cpp
    ${PROJECT_SOURCE_DIR}/core/xmpp/DataForm.cpp
    ${PROJECT_SOURCE_DIR}/core/xmpp/Element.cpp
    ${PROJECT_SOURCE_DIR}/core/services/FieldRule.cpp
    ${PROJECT_SOURCE_DIR}/core/services/FormLayout.cpp
    ${PROJECT_SOURCE_DIR}/core/base/Jid.cpp
    ${PROJECT_SOURCE_DIR}/core/base/Error.cpp
    ${PROJECT_SOURCE_DIR}/core/base/Logging.cpp)
target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/core)
target_compile_options(${target} PRIVATE ${_fuzz_flags} $<$<CONFIG:Debug>:-O1>)
target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(${target} PRIVATE Qt6::Core)
teahouse_set_warnings(${target})
teahouse_strict_strings(${target})
add_test(NAME ${target}
         COMMAND ${CMAKE_COMMAND} -DFUZZER=$<TARGET_FILE:${target}>
                 -DCORPUS=${CMAKE_CURRENT_LIST_DIR}/corpus/dataform
                 -DDICT=${CMAKE_CURRENT_LIST_DIR}/xml.dict
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/${target}.run -DSECONDS=10
                 -P ${CMAKE_CURRENT_LIST_DIR}/run-fuzzer.cmake)
set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 60
                     ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1")
teahouse_serialize_heavy_test(${target} fuzz)

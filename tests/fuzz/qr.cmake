# libFuzzer targets for the QR payload parsers (core/qr), included from CMakeLists.txt after
# _fuzz_flags is set. Like fuzz_xmlstream: the parser sources compiled into the target,
# instrumented, with Qt6::Core only.
set(_qr ${PROJECT_SOURCE_DIR}/core/qr)
set(_qr_support ${_qr}/QrSupport.cpp ${PROJECT_SOURCE_DIR}/core/base/Error.cpp)
set(fuzz_qr_emvco_sources ${_qr}/EmvcoPayload.cpp ${_qr}/Currency.cpp)
set(fuzz_qr_epc_sources ${_qr}/EpcPayload.cpp)
set(fuzz_qr_payto_sources ${_qr}/PaytoUri.cpp)
set(fuzz_qr_xmppuri_sources ${_qr}/XmppUri.cpp ${PROJECT_SOURCE_DIR}/core/xmpp/InviteUri.cpp
    ${PROJECT_SOURCE_DIR}/core/base/Jid.cpp)

foreach(name emvco epc payto xmppuri)
    set(target fuzz_qr_${name})
    add_executable(${target} ${CMAKE_CURRENT_LIST_DIR}/${target}.cpp ${${target}_sources} ${_qr_support})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/core)
    target_compile_options(${target} PRIVATE ${_fuzz_flags} $<$<CONFIG:Debug>:-O1>)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${target} PRIVATE Qt6::Core)
    teahouse_set_warnings(${target})
    teahouse_strict_strings(${target})

    add_test(NAME ${target}
             COMMAND ${CMAKE_COMMAND} -DFUZZER=$<TARGET_FILE:${target}>
                     -DCORPUS=${CMAKE_CURRENT_LIST_DIR}/corpus/qr_${name}
                     -DWORK=${CMAKE_CURRENT_BINARY_DIR}/${target}.run -DSECONDS=10
                     -P ${CMAKE_CURRENT_LIST_DIR}/run-fuzzer.cmake)
    # Qt's one-time static allocations are not leaks of the code under test.
    set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 60
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1")
    teahouse_serialize_heavy_test(${target} fuzz)
endforeach()

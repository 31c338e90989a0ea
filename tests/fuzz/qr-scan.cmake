# libFuzzer target for the scanner's image decoding (core/qr/QrScanner over ZXing-cpp), included
# from CMakeLists.txt after qr.cmake. Like the payload fuzzers: the qr sources compiled into the
# target, instrumented; Qt6::Gui for QImage and ZXing-cpp as the system builds it.
set(_qr ${PROJECT_SOURCE_DIR}/core/qr)
set(fuzz_qr_scan_sources
    ${_qr}/QrScanner.cpp ${_qr}/QrPayload.cpp ${_qr}/ClosedScheme.cpp ${_qr}/EmvcoPayload.cpp
    ${_qr}/Currency.cpp ${_qr}/EpcPayload.cpp ${_qr}/PaytoUri.cpp ${_qr}/XmppUri.cpp
    ${_qr}/QrSupport.cpp ${PROJECT_SOURCE_DIR}/core/xmpp/InviteUri.cpp
    ${PROJECT_SOURCE_DIR}/core/base/Jid.cpp ${PROJECT_SOURCE_DIR}/core/base/Error.cpp)

add_executable(fuzz_qr_scan ${CMAKE_CURRENT_LIST_DIR}/fuzz_qr_scan.cpp ${fuzz_qr_scan_sources})
target_include_directories(fuzz_qr_scan PRIVATE ${PROJECT_SOURCE_DIR}/core)
target_compile_options(fuzz_qr_scan PRIVATE ${_fuzz_flags} $<$<CONFIG:Debug>:-O1>)
target_link_options(fuzz_qr_scan PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(fuzz_qr_scan PRIVATE Qt6::Core Qt6::Gui ZXing::ZXing)
teahouse_set_warnings(fuzz_qr_scan)
teahouse_strict_strings(fuzz_qr_scan)

add_test(NAME fuzz_qr_scan
         COMMAND ${CMAKE_COMMAND} -DFUZZER=$<TARGET_FILE:fuzz_qr_scan>
                 -DCORPUS=${CMAKE_CURRENT_LIST_DIR}/corpus/qr_scan
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/fuzz_qr_scan.run -DSECONDS=10 -DRUNS=8000
                 -P ${CMAKE_CURRENT_LIST_DIR}/run-fuzzer.cmake)
# Qt's one-time static allocations are not leaks of the code under test; images need no display.
set_tests_properties(fuzz_qr_scan PROPERTIES LABELS fuzz TIMEOUT 120
                     ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1;QT_QPA_PLATFORM=offscreen")
teahouse_serialize_heavy_test(fuzz_qr_scan fuzz)

# Shared build settings and helpers for every Teahouse target.

function(teahouse_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                               -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                               -Woverloaded-virtual -Wimplicit-fallthrough)
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    endif()
endfunction()

# Production code: no implicit const char* <-> QString conversions (tests may use them).
function(teahouse_strict_strings target)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                               QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                               QT_NO_KEYWORDS)
endfunction()

# teahouse_add_test(NAME SOURCES a.cpp b.cpp LABELS unit LIBS extra [TIMEOUT s] [ENV k=v])
# One Qt Test program per class or feature, registered with ctest under its labels.
function(teahouse_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LABELS;LIBS;ENV" ${ARGN})
    # The sanitizer build has no UI modules: a test linking one is defined (so its directory's
    # further target_* calls work) but neither built nor run there.
    foreach(lib IN LISTS T_LIBS)
        if(TEAHOUSE_SANITIZE AND lib MATCHES "^teahouse_" AND NOT TARGET ${lib})
            qt_add_executable(${name} EXCLUDE_FROM_ALL ${T_SOURCES})
            message(STATUS "sanitize: ${name} skipped (needs ${lib})")
            return()
        endif()
    endforeach()
    qt_add_executable(${name} ${T_SOURCES})
    teahouse_set_warnings(${name})
    target_link_libraries(${name} PRIVATE teahouse_core teahouse_test_support Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
                         ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENV}")
    teahouse_serialize_heavy_test(${name} "${T_LABELS}")
endfunction()

# Benchmarks and fuzzers want the whole machine: ctest runs them alone, so figures are honest.
function(teahouse_serialize_heavy_test name labels)
    if("bench" IN_LIST labels OR "fuzz" IN_LIST labels)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()

# Adds every immediate subdirectory of the current source dir that has a CMakeLists.txt, so
# features can add their folders without editing a shared list.
function(teahouse_add_subdirectories)
    file(GLOB children LIST_DIRECTORIES true CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
         ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT children)
    file(RELATIVE_PATH here ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    foreach(child ${children})
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child}
           AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt
           AND NOT "${here}/${child}" IN_LIST TEAHOUSE_SANITIZE_SKIPPED_DIRS)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()

# A feature's QML module (ui/<feature>): the shell links it and the app imports its static
# plugin, so adding a feature needs no edit in the shell's or the app's CMake files.
#   teahouse_register_feature_ui(teahouse_chat Teahouse_ChatPlugin)
function(teahouse_register_feature_ui target plugin_class)
    set_property(GLOBAL APPEND PROPERTY TEAHOUSE_FEATURE_UI_TARGETS ${target} ${target}plugin)
    set_property(GLOBAL APPEND PROPERTY TEAHOUSE_FEATURE_UI_PLUGINS ${plugin_class})
endfunction()

# CPack project config file (CPACK_PROJECT_CONFIG_FILE), read by cpack for each generator.
# For the .deb: the QML modules the UI imports are loaded at run time, so dpkg-shlibdeps cannot
# see them. Scan ui/ with qmlimportscanner, find the Debian package owning each module's qmldir
# and add them to Depends — a feature that imports a new Qt module needs no packaging edit.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()

execute_process(
    COMMAND "${CPACK_TEAHOUSE_QMLIMPORTSCANNER}" -rootPath "${CPACK_TEAHOUSE_UI_DIR}"
            -importPath "${CPACK_TEAHOUSE_QML_DIR}"
    OUTPUT_VARIABLE _imports ERROR_QUIET RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "qmlimportscanner failed (${_rc}): cannot work out the QML Depends")
endif()

set(_qmldirs "")
string(JSON _count LENGTH "${_imports}")
math(EXPR _last "${_count} - 1")
foreach(_i RANGE ${_last})
    string(JSON _type ERROR_VARIABLE _e GET "${_imports}" ${_i} type)
    string(JSON _name ERROR_VARIABLE _e GET "${_imports}" ${_i} name)
    string(JSON _path ERROR_VARIABLE _e GET "${_imports}" ${_i} path)
    if(NOT _type STREQUAL "module" OR _name MATCHES "^Teahouse\\.")
        continue() # our own modules are compiled into the binary
    endif()
    # QtQuick.Controls lists every style; the app uses Basic only (AppContext).
    if(_name MATCHES "^QtQuick\\.Controls\\.(Fusion|Imagine|Material|Universal|Windows|macOS|iOS)")
        continue()
    endif()
    if(NOT _path OR NOT EXISTS "${_path}/qmldir")
        message(FATAL_ERROR "QML module ${_name} is imported but not installed on this machine")
    endif()
    list(APPEND _qmldirs "${_path}/qmldir")
endforeach()
list(REMOVE_DUPLICATES _qmldirs)

execute_process(COMMAND dpkg-query -S ${_qmldirs}
                OUTPUT_VARIABLE _owners RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "dpkg-query -S could not name the packages of: ${_qmldirs}")
endif()
string(REPLACE "\n" ";" _owners "${_owners}")
set(_packages "")
foreach(_line IN LISTS _owners)
    if(_line MATCHES "^([^:, ]+)(:[a-z0-9]+)?: ")
        list(APPEND _packages "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(REMOVE_DUPLICATES _packages)
list(SORT _packages)
string(REPLACE ";" ", " _packages "${_packages}")
if(CPACK_DEBIAN_PACKAGE_DEPENDS)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}, ${_packages}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_packages}")
endif()
message(STATUS "Teahouse: QML Depends: ${_packages}")

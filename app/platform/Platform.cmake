# Desktop integration (included from app/CMakeLists.txt): About versions, log files, single
# instance, notifications and the tray. System-specific code is one file per system.
find_package(Qt6 REQUIRED COMPONENTS Widgets)

target_sources(teahouse_app PRIVATE
    platform/AboutController.cpp platform/AboutController.h
    platform/AboutInfo.cpp platform/AboutInfo.h
    platform/DesktopNotifier.cpp platform/DesktopNotifier.h
    platform/LaunchArguments.cpp platform/LaunchArguments.h
    platform/LogFile.cpp platform/LogFile.h
    platform/Platform.h
    platform/SingleInstance.cpp platform/SingleInstance.h
    platform/TrayIcon.cpp platform/TrayIcon.h
)
if(WIN32)
    target_sources(teahouse_app PRIVATE platform/Platform_win.cpp)
elseif(APPLE)
    target_sources(teahouse_app PRIVATE platform/Platform_mac.cpp platform/CrashStack_posix.cpp)
else()
    find_package(Qt6 REQUIRED COMPONENTS DBus)
    # fontconfig (libfontconfig-dev): linked by name, its headers are in the default path, so
    # the executables that link this static library find it too.
    find_library(TEAHOUSE_FONTCONFIG fontconfig REQUIRED)
    target_sources(teahouse_app PRIVATE platform/Platform_linux.cpp platform/CrashStack_posix.cpp
                   platform/FreedesktopNotifier.cpp platform/FreedesktopNotifier.h)
    target_link_libraries(teahouse_app PUBLIC Qt6::DBus ${TEAHOUSE_FONTCONFIG})
endif()
# QApplication (the tray icon is a widget class); AboutInfo asks SQLCipher and OpenSSL.
target_link_libraries(teahouse_app PUBLIC Qt6::Widgets Qt6::Network
                      PRIVATE PkgConfig::SQLCIPHER OpenSSL::Crypto)
if(TARGET ZXing::ZXing)
    target_link_libraries(teahouse_app PRIVATE ZXing::ZXing)
endif()

# The app icon: the tray draws it, the window shows it, packaging renders the hicolor PNGs.
qt_add_resources(teahouse_app teahouse_app_icon
    PREFIX /teahouse/app
    BASE ${PROJECT_SOURCE_DIR}/resources/icons/app
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/app/chat.teahouse.Teahouse.svg)

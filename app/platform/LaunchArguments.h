#pragma once

#include <QStringList>

namespace teahouse::app {

// A start's command line split into the program's options and the links it was asked to open
// (`teahouse xmpp:alice@example.org?message`, as the .desktop file's %u, the Windows registry's
// "%1" and a second start pass them). The options go to parseCommandLine, the links to
// Navigation::openUri, in this process or the one already running.
struct LaunchArguments
{
    QStringList options; // arguments[0] (the program) and every non-link argument
    QStringList uris;    // xmpp: links, in order

    [[nodiscard]] static LaunchArguments split(const QStringList &arguments);
};

} // namespace teahouse::app

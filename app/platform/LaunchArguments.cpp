#include "platform/LaunchArguments.h"

namespace teahouse::app {

LaunchArguments LaunchArguments::split(const QStringList &arguments)
{
    LaunchArguments result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // The program name is never a link, even if someone names a copy "xmpp:…".
        if (i > 0 && argument.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
            result.uris << argument;
        else
            result.options << argument;
    }
    return result;
}

} // namespace teahouse::app

#include "platform/AboutController.h"

#include "platform/AboutInfo.h"

#include <QVariantMap>

namespace teahouse::app {

AboutController::AboutController(const QString &teahouseVersion, QObject *parent)
    : QObject(parent)
    , m_text(versionText(teahouseVersion))
{
    for (const ComponentVersion &component : componentVersions(teahouseVersion))
        m_components.append(QVariantMap{{QStringLiteral("name"), component.name},
                                        {QStringLiteral("version"), component.version}});
}

} // namespace teahouse::app

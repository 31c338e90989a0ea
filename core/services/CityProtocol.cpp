#include "services/CityProtocol.h"

namespace teahouse::services::city {

QString categoryOf(QStringView node)
{
    const QStringView first = node.left(node.indexOf(u'/'));
    for (QStringView c : kCategories) {
        if (first == c)
            return c.toString();
    }
    return QStringLiteral("other");
}

xmpp::Element statusElement(const StatusUpdate &update)
{
    xmpp::Element e(QStringLiteral("status"), kNamespace.toString());
    e.setAttribute(QStringLiteral("reference"), update.reference);
    e.setAttribute(QStringLiteral("state"), update.state);
    e.setText(update.text);
    return e;
}

std::optional<StatusUpdate> statusOf(const xmpp::Element &message)
{
    const xmpp::Element *status = message.findChild(u"status", kNamespace);
    if (!status || status->attribute(u"reference").isEmpty())
        return std::nullopt;
    return StatusUpdate{status->attribute(u"reference"), status->attribute(u"state"),
                        status->text()};
}

} // namespace teahouse::services::city

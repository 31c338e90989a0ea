#include "xmpp/PepPublish.h"

#include "xmpp/DataForm.h"

namespace teahouse::xmpp {

Element pepPublishPayload(const QString &node, const QString &itemId, Element item,
                          const QString &accessModel)
{
    Element pubsub(QStringLiteral("pubsub"), QStringLiteral("http://jabber.org/protocol/pubsub"));
    Element &publish = pubsub.addChild(QStringLiteral("publish"));
    publish.setAttribute(QStringLiteral("node"), node);
    Element &itemElement = publish.addChild(QStringLiteral("item"));
    if (!itemId.isEmpty())
        itemElement.setAttribute(QStringLiteral("id"), itemId);
    itemElement.appendChild(std::move(item));
    if (!accessModel.isEmpty()) {
        DataForm options(DataForm::Type::Submit);
        DataForm::Field formType;
        formType.var = QStringLiteral("FORM_TYPE");
        formType.type = QStringLiteral("hidden");
        formType.values = {QStringLiteral("http://jabber.org/protocol/pubsub#publish-options")};
        options.addField(formType);
        options.setValue(QStringLiteral("pubsub#access_model"), accessModel);
        pubsub.addChild(QStringLiteral("publish-options")).appendChild(options.toElement());
    }
    return pubsub;
}

} // namespace teahouse::xmpp

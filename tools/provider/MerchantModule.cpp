#include "MerchantModule.h"

#include "ProviderAccount.h"
#include "pay/PayProtocol.h"
#include "xmpp/Element.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace teahouse::provider {

Status MerchantModule::attach(ProviderAccount &account, const ModuleContext &context)
{
    QDir().mkpath(context.dataDir);
    m_journal = QDir(context.dataDir).filePath(QStringLiteral("notices.jsonl"));
    connect(
        &account, &ProviderAccount::messageReceived, this, [this](const xmpp::Element &message) {
            const xmpp::Element *notice = message.findChild(u"notice", pay::protocol::kNamespace);
            if (!notice)
                return;
            QJsonObject o{{QStringLiteral("from"), message.attribute(u"from")},
                          {QStringLiteral("body"), message.childText(u"body")}};
            for (const auto &[key, value] : notice->attributes())
                o.insert(key, value);
            m_notices.append(o);
            QFile file(m_journal);
            if (file.open(QIODevice::Append))
                file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            Q_EMIT noticeReceived(o);
        });
    return {};
}

} // namespace teahouse::provider

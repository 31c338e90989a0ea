#pragma once

#include "ProviderModule.h"

#include <QJsonObject>
#include <QList>

namespace teahouse::provider {

// A merchant's till: the account a café or the bus company signs in as. It takes the payment
// service's notice of each payment and writes it to its journal (notices.jsonl in its data
// directory), which is what the shop's staff would watch.
class MerchantModule : public ProviderModule
{
    Q_OBJECT
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("merchant"); }
    [[nodiscard]] Status attach(ProviderAccount &account, const ModuleContext &context) override;

    [[nodiscard]] const QList<QJsonObject> &notices() const { return m_notices; }

Q_SIGNALS:
    void noticeReceived(const QJsonObject &notice);

private:
    QString m_journal;
    QList<QJsonObject> m_notices;
};

} // namespace teahouse::provider

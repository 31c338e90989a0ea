#pragma once

#include "base/Jid.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace teahouse::provider {

// A merchant the payment service knows: its account, the names its codes show (English and
// Chinese), its category code, and the amount and bill of its dynamic code. Without a
// configured list the demo's three merchants are used: a café, the bus company and the water
// and power utility.
struct Merchant
{
    QString key; // file name stem: "cafe"
    Jid jid;
    QString name;
    QString nameZh;
    QString city;
    QString cityZh;
    QString categoryCode; // ISO 18245 MCC
    QString dynamicAmount;
    QString dynamicBill;
    QString iban; // optional alias (EPC / payto codes)

    // config["merchants"] if present, else the demo merchants at `domain`.
    [[nodiscard]] static QList<Merchant> fromConfig(const QJsonObject &config,
                                                    const QString &domain);
    [[nodiscard]] static QList<Merchant> demo(const QString &domain);

    // The EMVCo merchant-presented code (static: no amount; dynamic: amount and bill number),
    // with a Teahouse account template (GUID org.teahouse.pay, sub-tag 01 = the JID).
    [[nodiscard]] QString emvco(bool dynamic) const;
};

} // namespace teahouse::provider

#include "Merchant.h"

#include "pay/PayProtocol.h"
#include "qr/EmvcoPayload.h"

#include <QJsonArray>

namespace teahouse::provider {

namespace {

// ID + two-digit length (in characters) + value.
QString tlv(const QString &id, const QString &value)
{
    const qsizetype length = value.toUcs4().size();
    return id + QStringLiteral("%1").arg(length, 2, 10, QLatin1Char('0')) + value;
}

} // namespace

QList<Merchant> Merchant::demo(const QString &domain)
{
    auto jid = [&](const char *local) {
        return Jid(QString::fromLatin1(local), domain);
    };
    return {
        Merchant{QStringLiteral("cafe"), jid("cafe"), QStringLiteral("Teahouse Cafe"),
                 QStringLiteral("茶馆咖啡"), QStringLiteral("Hangzhou"), QStringLiteral("杭州"),
                 QStringLiteral("5814"), QStringLiteral("18.00"), QStringLiteral("CAFE-0001"),
                 QString()},
        Merchant{QStringLiteral("bus"), jid("bus"), QStringLiteral("City Bus Company"),
                 QStringLiteral("城市公交"), QStringLiteral("Hangzhou"), QStringLiteral("杭州"),
                 QStringLiteral("4131"), QStringLiteral("2.00"), QStringLiteral("BUS-0001"),
                 QString()},
        Merchant{QStringLiteral("utility"), jid("utility"),
                 QStringLiteral("Water and Power Utility"), QStringLiteral("水电公司"),
                 QStringLiteral("Hangzhou"), QStringLiteral("杭州"), QStringLiteral("4900"),
                 QStringLiteral("126.50"), QStringLiteral("UTIL-2026-11"),
                 QStringLiteral("DE89370400440532013000")},
    };
}

QList<Merchant> Merchant::fromConfig(const QJsonObject &config, const QString &domain)
{
    const QJsonArray list = config.value(u"merchants").toArray();
    if (list.isEmpty())
        return demo(domain);
    QList<Merchant> out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Merchant m;
        m.jid = Jid::parse(o.value(u"jid").toString());
        if (!m.jid.isValid())
            continue;
        m.key = o.value(u"key").toString(m.jid.local());
        m.name = o.value(u"name").toString(m.jid.local());
        m.nameZh = o.value(u"nameZh").toString();
        m.city = o.value(u"city").toString(QStringLiteral("Hangzhou"));
        m.cityZh = o.value(u"cityZh").toString();
        m.categoryCode = o.value(u"mcc").toString(QStringLiteral("5999"));
        m.dynamicAmount = o.value(u"amount").toString(QStringLiteral("10.00"));
        m.dynamicBill = o.value(u"bill").toString(m.key.toUpper() + QStringLiteral("-0001"));
        m.iban = o.value(u"iban").toString();
        out.append(m);
    }
    return out;
}

QString Merchant::emvco(bool dynamic) const
{
    QString s = tlv(QStringLiteral("00"), QStringLiteral("01"));
    s += tlv(QStringLiteral("01"), dynamic ? QStringLiteral("12") : QStringLiteral("11"));
    s += tlv(QStringLiteral("26"), tlv(QStringLiteral("00"), pay::protocol::kEmvcoGuid.toString()) +
                                       tlv(QStringLiteral("01"), jid.bareString()));
    s += tlv(QStringLiteral("52"), categoryCode);
    s += tlv(QStringLiteral("53"), QStringLiteral("156"));
    if (dynamic)
        s += tlv(QStringLiteral("54"), dynamicAmount);
    s += tlv(QStringLiteral("58"), QStringLiteral("CN"));
    s += tlv(QStringLiteral("59"), name.left(25));
    s += tlv(QStringLiteral("60"), city.left(15));
    if (dynamic)
        s += tlv(QStringLiteral("62"), tlv(QStringLiteral("01"), dynamicBill));
    if (!nameZh.isEmpty()) {
        QString language =
            tlv(QStringLiteral("00"), QStringLiteral("ZH")) + tlv(QStringLiteral("01"), nameZh);
        if (!cityZh.isEmpty())
            language += tlv(QStringLiteral("02"), cityZh);
        s += tlv(QStringLiteral("64"), language);
    }
    s += QStringLiteral("6304");
    return s + qr::EmvcoPayload::crcFor(s);
}

} // namespace teahouse::provider

#include "qr/EmvcoPayload.h"

#include "qr/QrSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>
#include <string>

namespace teahouse::qr {

namespace {

constexpr qsizetype kMaxCodePoints = 512;

using Code = Error::Code;

struct Located
{
    EmvcoRecord record;
    qsizetype valueStart = 0; // code-point offset of the value in the text
};

// Lengths count characters, so the text is handled as code points (UTF-16 surrogate pairs
// would otherwise count twice).
std::u32string codePoints(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.cbegin(), ucs4.cend());
}

QString fromPoints(const std::u32string &points, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(points.data() + from, count);
}

bool digit(uint c)
{
    return c >= '0' && c <= '9';
}

// Splits points[from, to) into records. Structural faults are Corrupt: the code is damaged.
Result<QList<Located>> splitRecords(const std::u32string &points, qsizetype from, qsizetype to)
{
    QList<Located> out;
    QSet<QString> seen;
    qsizetype pos = from;
    while (pos < to) {
        if (to - pos < 4)
            return qrError(Code::Corrupt,
                           QT_TRANSLATE_NOOP("teahouse::qr",
                                             "A field in the code runs past its end: the code "
                                             "is damaged or cut off."));
        for (qsizetype i = 0; i < 4; ++i) {
            if (!digit(points[pos + i]))
                return qrError(Code::Corrupt,
                               QT_TRANSLATE_NOOP("teahouse::qr",
                                                 "A field number or length in the code is not "
                                                 "a number: the code is damaged."));
        }
        const qsizetype length = (points[pos + 2] - '0') * 10 + (points[pos + 3] - '0');
        if (pos + 4 + length > to)
            return qrError(Code::Corrupt,
                           QT_TRANSLATE_NOOP("teahouse::qr",
                                             "A field in the code runs past its end: the code "
                                             "is damaged or cut off."));
        Located item;
        item.record.id = fromPoints(points, pos, 2);
        item.record.value = fromPoints(points, pos + 4, length);
        item.valueStart = pos + 4;
        if (seen.contains(item.record.id))
            return qrError(Code::Corrupt,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The code contains the same field "
                                                             "twice."));
        seen.insert(item.record.id);
        out.append(item);
        pos += 4 + length;
    }
    return out;
}

Result<QList<EmvcoRecord>> splitNested(const QString &value, const char *faultText)
{
    const std::u32string points = codePoints(value);
    auto located = splitRecords(points, 0, qsizetype(points.size()));
    if (!located)
        return qrError(Code::Corrupt, faultText);
    QList<EmvcoRecord> out;
    for (const Located &l : located.value())
        out.append(l.record);
    return out;
}

bool upperHex(QStringView text)
{
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool positive(QStringView decimal)
{
    for (QChar c : decimal) {
        if (c >= u'1' && c <= u'9')
            return true;
    }
    return false;
}

int idNumber(const QString &id)
{
    return id.toInt();
}

QJsonArray recordsJson(const QList<EmvcoRecord> &records)
{
    QJsonArray out;
    for (const EmvcoRecord &r : records)
        out.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("value"), r.value}});
    return out;
}

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QString EmvcoPayload::crcFor(const QString &withoutCrc)
{
    return QStringLiteral("%1")
        .arg(crc16CcittFalse(withoutCrc.toUtf8()), 4, 16, QLatin1Char('0'))
        .toUpper();
}

Result<EmvcoPayload> EmvcoPayload::parse(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code contains bytes that are not "
                                                         "text: it is damaged."));
    return parse(text);
}

Result<EmvcoPayload> EmvcoPayload::parse(const QString &text)
{
    if (text.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code is empty."));
    const std::u32string points = codePoints(text);
    if (qsizetype(points.size()) > kMaxCodePoints)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code is too long for a payment "
                                                         "code."));
    auto split = splitRecords(points, 0, qsizetype(points.size()));
    if (!split)
        return split.error();
    const QList<Located> &all = split.value();

    if (all.first().record.id != u"00")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code does not start with the "
                                                         "payment code format indicator."));
    if (all.first().record.value != u"01")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code uses a payment code format "
                                                         "version this app does not know."));

    // The checksum: last, "6304", over every UTF-8 byte before its value.
    const Located &last = all.last();
    qsizetype crcIndex = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].record.id == u"63")
            crcIndex = i;
    }
    if (crcIndex < 0)
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no checksum: it may be "
                                                         "cut off."));
    if (crcIndex != all.size() - 1)
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The checksum is not the last field of "
                                                         "the code."));
    if (last.record.value.size() != 4 || !upperHex(last.record.value))
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code's checksum field is "
                                                         "malformed."));
    const QString covered = fromPoints(points, 0, last.valueStart);
    if (crcFor(covered) != last.record.value)
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code's checksum does not match: "
                                                         "it may be damaged or altered."));

    EmvcoPayload p;
    p.formatIndicator = all.first().record.value;
    p.crc = last.record.value;
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const EmvcoRecord &r = all[i].record;
        p.records.append(r);
        const int id = idNumber(r.id);
        if (id == 1) {
            if (r.value == u"11")
                p.initiation = Initiation::Static;
            else if (r.value == u"12")
                p.initiation = Initiation::Dynamic;
            else
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr",
                                                 "The code says neither whether it is static "
                                                 "nor dynamic (field 01)."));
        } else if (id >= 2 && id <= 51) {
            MerchantAccount account{r.id, r.value, {}, {}};
            if (id >= 26) {
                auto sub = splitNested(r.value,
                                       QT_TRANSLATE_NOOP("teahouse::qr",
                                                         "A merchant account field of the code is "
                                                         "malformed."));
                if (!sub)
                    return sub.error();
                account.fields = sub.value();
                for (const EmvcoRecord &s : account.fields) {
                    if (s.id == u"00")
                        account.guid = s.value;
                }
                if (account.guid.isEmpty())
                    return qrError(Code::InvalidArgument,
                                   QT_TRANSLATE_NOOP("teahouse::qr",
                                                     "A merchant account field of the code does "
                                                     "not name its payment network."));
            } else if (r.value.isEmpty()) {
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr",
                                                 "A merchant account field of the code is "
                                                 "empty."));
            }
            p.merchantAccounts.append(account);
        } else if (id == 52) {
            if (r.value.size() != 4 || !isAllDigits(r.value))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The merchant category code "
                                                                 "is not four digits."));
            p.merchantCategoryCode = r.value;
        } else if (id == 53) {
            if (r.value.size() != 3 || !isAllDigits(r.value))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The currency is not a "
                                                                 "three-digit ISO 4217 code."));
            p.currency = Currency::fromNumeric(r.value);
        } else if (id == 54) {
            if (!isDecimal(r.value, 3, 13))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The amount in the code is "
                                                                 "not a valid number."));
            if (!positive(r.value))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The amount in the code must "
                                                                 "be greater than zero."));
            p.amount = r.value;
        } else if (id == 55) {
            if (r.value != u"01" && r.value != u"02" && r.value != u"03")
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The code's tip or "
                                                                 "convenience fee setting is "
                                                                 "not one this app knows."));
            p.tipIndicator = r.value;
        } else if (id == 56) {
            if (!isDecimal(r.value, 3, 13))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The convenience fee in the "
                                                                 "code is not a valid "
                                                                 "number."));
            p.convenienceFeeFixed = r.value;
        } else if (id == 57) {
            if (!isDecimal(r.value, 2, 5) || !positive(r.value))
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The convenience fee "
                                                                 "percentage in the code is not "
                                                                 "valid."));
            p.convenienceFeePercentage = r.value;
        } else if (id == 58) {
            if (r.value.size() != 2 || !r.value[0].isUpper() || !r.value[1].isUpper() ||
                r.value[0].unicode() > 'Z' || r.value[1].unicode() > 'Z')
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The country in the code is "
                                                                 "not a two-letter code."));
            p.countryCode = r.value;
        } else if (id == 59) {
            if (r.value.trimmed().isEmpty() || r.value.size() > 25)
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The merchant name in the "
                                                                 "code is empty or too long."));
            p.merchantName = r.value;
        } else if (id == 60) {
            if (r.value.trimmed().isEmpty() || r.value.size() > 15)
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The merchant city in the "
                                                                 "code is empty or too long."));
            p.merchantCity = r.value;
        } else if (id == 61) {
            if (r.value.isEmpty() || r.value.size() > 10)
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr", "The postal code in the code "
                                                                 "is empty or too long."));
            p.postalCode = r.value;
        } else if (id == 62) {
            auto sub = splitNested(r.value,
                                   QT_TRANSLATE_NOOP("teahouse::qr", "The additional data field of "
                                                                     "the code is malformed."));
            if (!sub)
                return sub.error();
            AdditionalData extra;
            extra.fields = sub.value();
            for (const EmvcoRecord &s : extra.fields) {
                QString *slot = nullptr;
                switch (idNumber(s.id)) {
                case 1:
                    slot = &extra.billNumber;
                    break;
                case 2:
                    slot = &extra.mobileNumber;
                    break;
                case 3:
                    slot = &extra.storeLabel;
                    break;
                case 4:
                    slot = &extra.loyaltyNumber;
                    break;
                case 5:
                    slot = &extra.referenceLabel;
                    break;
                case 6:
                    slot = &extra.customerLabel;
                    break;
                case 7:
                    slot = &extra.terminalLabel;
                    break;
                case 8:
                    slot = &extra.purpose;
                    break;
                case 9:
                    slot = &extra.consumerDataRequest;
                    break;
                default:
                    break;
                }
                if (slot) {
                    // EMVCo MPM: 01–08 are at most 25 characters, 09 at most 3 letters.
                    if (s.value.isEmpty() ||
                        s.value.size() > (slot == &extra.consumerDataRequest ? 3 : 25))
                        return qrError(Code::InvalidArgument,
                                       QT_TRANSLATE_NOOP("teahouse::qr",
                                                         "The additional data field of the "
                                                         "code is malformed."));
                    *slot = s.value;
                }
            }
            p.additionalData = extra;
        } else if (id == 64) {
            const char *fault =
                QT_TRANSLATE_NOOP("teahouse::qr", "The code's merchant name in another "
                                                  "language is malformed.");
            auto sub = splitNested(r.value, fault);
            if (!sub)
                return sub.error();
            Language lang;
            for (const EmvcoRecord &s : sub.value()) {
                if (s.id == u"00")
                    lang.preference = s.value;
                else if (s.id == u"01")
                    lang.merchantName = s.value;
                else if (s.id == u"02")
                    lang.merchantCity = s.value;
            }
            if (lang.preference.size() != 2 || lang.merchantName.isEmpty() ||
                lang.merchantName.size() > 25 || lang.merchantCity.size() > 15)
                return qrError(Code::InvalidArgument, fault);
            p.language = lang;
        }
        // 65–79 are reserved, 80–99 free for schemes: kept in `records`, not interpreted.
    }

    if (p.merchantAccounts.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code does not name any merchant "
                                                         "account to pay."));
    if (p.merchantCategoryCode.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no merchant category "
                                                         "(field 52)."));
    if (p.currency.numeric.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no currency (field "
                                                         "53)."));
    if (p.countryCode.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no country (field 58)."));
    if (p.merchantName.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no merchant name (field "
                                                         "59)."));
    if (p.merchantCity.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code has no merchant city (field "
                                                         "60)."));
    if (!p.amount.isEmpty() && p.currency.minorUnits >= 0) {
        const qsizetype dot = p.amount.indexOf(u'.');
        if (dot >= 0 && p.amount.size() - dot - 1 > p.currency.minorUnits)
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The amount has more decimals "
                                                             "than its currency allows."));
    }
    if ((p.tipIndicator == u"02" && p.convenienceFeeFixed.isEmpty()) ||
        (p.tipIndicator == u"03" && p.convenienceFeePercentage.isEmpty()) ||
        (p.tipIndicator != u"02" && !p.convenienceFeeFixed.isEmpty()) ||
        (p.tipIndicator != u"03" && !p.convenienceFeePercentage.isEmpty()))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The code's convenience fee does not "
                                                         "match its fee setting."));
    return p;
}

QString EmvcoPayload::toString() const
{
    QString out;
    for (const EmvcoRecord &r : records) {
        out += r.id;
        out += QStringLiteral("%1").arg(r.value.toUcs4().size(), 2, 10, QLatin1Char('0'));
        out += r.value;
    }
    out += QStringLiteral("6304");
    out += crcFor(out);
    return out;
}

QJsonObject EmvcoPayload::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("formatIndicator"), formatIndicator);
    o.insert(QStringLiteral("initiation"),
             initiation == Initiation::Static    ? QStringLiteral("static")
             : initiation == Initiation::Dynamic ? QStringLiteral("dynamic")
                                                 : QStringLiteral("unspecified"));
    QJsonArray accounts;
    for (const MerchantAccount &a : merchantAccounts) {
        QJsonObject ao{{QStringLiteral("id"), a.id}, {QStringLiteral("value"), a.value}};
        putIfSet(ao, QStringLiteral("guid"), a.guid);
        if (!a.fields.isEmpty())
            ao.insert(QStringLiteral("fields"), recordsJson(a.fields));
        accounts.append(ao);
    }
    o.insert(QStringLiteral("merchantAccounts"), accounts);
    o.insert(QStringLiteral("merchantCategoryCode"), merchantCategoryCode);
    o.insert(QStringLiteral("currencyNumeric"), currency.numeric);
    putIfSet(o, QStringLiteral("currency"), currency.alpha);
    if (currency.minorUnits >= 0)
        o.insert(QStringLiteral("currencyMinorUnits"), currency.minorUnits);
    putIfSet(o, QStringLiteral("amount"), amount);
    putIfSet(o, QStringLiteral("tipIndicator"), tipIndicator);
    putIfSet(o, QStringLiteral("convenienceFeeFixed"), convenienceFeeFixed);
    putIfSet(o, QStringLiteral("convenienceFeePercentage"), convenienceFeePercentage);
    o.insert(QStringLiteral("countryCode"), countryCode);
    o.insert(QStringLiteral("merchantName"), merchantName);
    o.insert(QStringLiteral("merchantCity"), merchantCity);
    putIfSet(o, QStringLiteral("postalCode"), postalCode);
    if (additionalData) {
        QJsonObject ad;
        putIfSet(ad, QStringLiteral("billNumber"), additionalData->billNumber);
        putIfSet(ad, QStringLiteral("mobileNumber"), additionalData->mobileNumber);
        putIfSet(ad, QStringLiteral("storeLabel"), additionalData->storeLabel);
        putIfSet(ad, QStringLiteral("loyaltyNumber"), additionalData->loyaltyNumber);
        putIfSet(ad, QStringLiteral("referenceLabel"), additionalData->referenceLabel);
        putIfSet(ad, QStringLiteral("customerLabel"), additionalData->customerLabel);
        putIfSet(ad, QStringLiteral("terminalLabel"), additionalData->terminalLabel);
        putIfSet(ad, QStringLiteral("purpose"), additionalData->purpose);
        putIfSet(ad, QStringLiteral("consumerDataRequest"), additionalData->consumerDataRequest);
        ad.insert(QStringLiteral("fields"), recordsJson(additionalData->fields));
        o.insert(QStringLiteral("additionalData"), ad);
    }
    if (language) {
        QJsonObject lo{{QStringLiteral("preference"), language->preference},
                       {QStringLiteral("merchantName"), language->merchantName}};
        putIfSet(lo, QStringLiteral("merchantCity"), language->merchantCity);
        o.insert(QStringLiteral("language"), lo);
    }
    o.insert(QStringLiteral("crc"), crc);
    return o;
}

} // namespace teahouse::qr

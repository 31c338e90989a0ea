#include "qr/EpcPayload.h"

#include "qr/QrSupport.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace teahouse::qr {

namespace {

using Code = Error::Code;

constexpr qsizetype kMaxBytes = 331;
constexpr qsizetype kLines = 12;

// EPC069-12 §4.2 character sets 1..8.
const char *charsetName(int set)
{
    switch (set) {
    case 1:
        return "UTF-8";
    case 2:
        return "ISO-8859-1";
    case 3:
        return "ISO-8859-2";
    case 4:
        return "ISO-8859-4";
    case 5:
        return "ISO-8859-5";
    case 6:
        return "ISO-8859-7";
    case 7:
        return "ISO-8859-10";
    case 8:
        return "ISO-8859-15";
    default:
        return nullptr;
    }
}

// The character set number of line 3 of `lines`, or 0.
int charsetOf(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line.size() == 1 && line[0] >= '1' && line[0] <= '8' ? line[0] - '0' : 0;
}

bool hasControl(const QString &s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

bool upperAlnum(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

Result<EpcPayload> EpcPayload::parse(const QString &text)
{
    const QList<QStringView> textLines = QStringView(text).split(u'\n');
    const int set = textLines.size() >= 3 ? charsetOf(textLines[2].toLatin1()) : 0;
    if (set > 1) {
        QStringEncoder encoder(charsetName(set));
        if (encoder.isValid()) {
            const QByteArray bytes = encoder(text);
            if (encoder.hasError())
                return qrError(Code::InvalidArgument,
                               QT_TRANSLATE_NOOP("teahouse::qr",
                                                 "The transfer code contains characters its "
                                                 "character set does not have."));
            return parse(QByteArrayView(bytes));
        }
    }
    return parse(QByteArrayView(text.toUtf8()));
}

Result<EpcPayload> EpcPayload::parse(QByteArrayView bytes)
{
    if (bytes.size() > kMaxBytes)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code is longer than the "
                                                         "331 bytes the EPC format allows."));
    QList<QByteArray> lines = QByteArray(bytes.data(), bytes.size()).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // A final line break (or several) is tolerated; content past line 12 is not.
    while (lines.size() > kLines && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() > kLines)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code has more lines "
                                                         "than the EPC format allows."));
    if (lines.first() != "BCD")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "This is not an EPC transfer code "
                                                         "(it does not start with BCD)."));
    if (lines.size() < 7)
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code is cut off: it "
                                                         "has no beneficiary or IBAN."));
    while (lines.size() < kLines)
        lines.append(QByteArray());

    EpcPayload p;
    p.version = QString::fromLatin1(lines[1]);
    if (p.version != u"001" && p.version != u"002")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code uses an EPC "
                                                         "version this app does not know."));
    p.characterSet = charsetOf(lines[2]);
    if (p.characterSet == 0)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code names an unknown "
                                                         "character set."));
    if (!QStringDecoder(charsetName(p.characterSet)).isValid())
        return Error::make(
            Code::InvalidArgument,
            qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code is written in the %1 "
                                                   "character set, which this app cannot read."))
                .arg(QString::fromLatin1(charsetName(p.characterSet))));
    if (lines[3] != "SCT")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code is not for a SEPA "
                                                         "credit transfer (SCT)."));

    QString fields[kLines];
    for (qsizetype i = 4; i < kLines; ++i) {
        // Stateless: a line ending mid-character gives a replacement character, not a
        // character carried over into the next line.
        QStringDecoder decoder(charsetName(p.characterSet), QStringConverter::Flag::Stateless);
        fields[i] = QString(decoder(lines[i])).trimmed();
        if (decoder.hasError() || hasControl(fields[i]))
            return qrError(Code::Corrupt,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code contains bytes "
                                                             "that are not text in its "
                                                             "character set."));
    }
    p.bic = fields[4].toUpper();
    p.name = fields[5];
    p.iban = fields[6].toUpper().remove(u' ');
    const QString amount = fields[7];
    p.purpose = fields[8];
    p.reference = fields[9];
    p.text = fields[10];
    p.information = fields[11];

    if (p.bic.isEmpty() && p.version == u"001")
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code has no BIC, which "
                                                         "version 001 requires."));
    if (!p.bic.isEmpty() && !isValidBic(p.bic))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The BIC in the transfer code is not "
                                                         "valid."));
    if (p.name.isEmpty() || p.name.size() > 70)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The beneficiary name is missing or "
                                                         "longer than 70 characters."));
    if (!isValidIban(p.iban))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The IBAN in the transfer code is not "
                                                         "valid: it may be mistyped or "
                                                         "damaged."));
    if (!amount.isEmpty()) {
        if (!amount.startsWith(u"EUR"))
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The transfer amount must be in "
                                                             "euros (EUR)."));
        p.amount = amount.mid(3);
        const qsizetype dot = p.amount.indexOf(u'.');
        const qsizetype whole = dot < 0 ? p.amount.size() : dot;
        bool valid = isDecimal(p.amount, 2, 12) && whole <= 9 && !p.amount.endsWith(u'.');
        if (valid) {
            valid = false;
            for (QChar c : p.amount)
                valid = valid || (c >= u'1' && c <= u'9');
        }
        if (!valid)
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The transfer amount must be "
                                                             "between 0.01 and 999999999.99 "
                                                             "euros."));
    }
    if (!p.purpose.isEmpty() && (p.purpose.size() != 4 || !upperAlnum(p.purpose)))
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The purpose code of the transfer is "
                                                         "not four letters."));
    if (!p.reference.isEmpty() && !p.text.isEmpty())
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The transfer code has both a "
                                                         "structured reference and a text; "
                                                         "only one is allowed."));
    // EPC069-12: the structured reference is an ISO 11649 creditor reference; its check
    // digits catch a mistyped or damaged reference before money goes to the wrong invoice.
    if (p.reference.startsWith(u"RF", Qt::CaseInsensitive)) {
        p.reference = p.reference.toUpper();
        if (!isValidCreditorReference(p.reference))
            return qrError(Code::InvalidArgument,
                           QT_TRANSLATE_NOOP("teahouse::qr", "The payment reference (RF…) has "
                                                             "wrong check digits: it may be "
                                                             "mistyped or damaged."));
    }
    if (p.reference.size() > 35)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The payment reference is longer than "
                                                         "35 characters."));
    if (p.text.size() > 140)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The remittance text is longer than "
                                                         "140 characters."));
    if (p.information.size() > 70)
        return qrError(Code::InvalidArgument,
                       QT_TRANSLATE_NOOP("teahouse::qr", "The note to the payer is longer than "
                                                         "70 characters."));
    return p;
}

QByteArray EpcPayload::toBytes() const
{
    const QStringList lines{QStringLiteral("BCD"),
                            version,
                            QString::number(characterSet),
                            QStringLiteral("SCT"),
                            bic,
                            name,
                            iban,
                            amount.isEmpty() ? QString() : QStringLiteral("EUR") + amount,
                            purpose,
                            reference,
                            text,
                            information};
    qsizetype used = lines.size();
    while (used > 7 && lines[used - 1].isEmpty())
        --used;
    const QString joined = lines.mid(0, used).join(u'\n');
    const char *setName = charsetName(characterSet);
    QStringEncoder encoder(setName ? setName : "UTF-8");
    if (!encoder.isValid())
        return joined.toUtf8();
    return encoder(joined);
}

QJsonObject EpcPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("characterSet"), characterSet},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("iban"), iban}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("bic", bic);
    if (!amount.isEmpty()) {
        o.insert(QStringLiteral("amount"), amount);
        o.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    }
    put("purpose", purpose);
    put("reference", reference);
    put("text", text);
    put("information", information);
    return o;
}

} // namespace teahouse::qr

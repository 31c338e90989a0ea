// EmvcoPayload: the EMVCo specification's own sample, payloads built here with a CRC computed
// by an independent (table-driven) implementation, and damaged codes with their messages.
#include "qr/Currency.h"
#include "qr/EmvcoPayload.h"
#include "qr/QrSupport.h"

#include <QJsonArray>
#include <QtTest>

using teahouse::Error;
using teahouse::qr::EmvcoPayload;

namespace {

// Table-driven CRC-16/CCITT-FALSE, written separately from the bitwise one in core/qr.
quint16 tableCrc(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint16, 256> t{};
        for (int i = 0; i < 256; ++i) {
            quint16 v = static_cast<quint16>(i << 8);
            for (int b = 0; b < 8; ++b)
                v = (v & 0x8000) ? static_cast<quint16>((v << 1) ^ 0x1021)
                                 : static_cast<quint16>(v << 1);
            t[static_cast<size_t>(i)] = v;
        }
        return t;
    }();
    quint16 crc = 0xFFFF;
    for (char c : data)
        crc =
            static_cast<quint16>((crc << 8) ^ table[((crc >> 8) ^ static_cast<quint8>(c)) & 0xFF]);
    return crc;
}

QString tlv(const QString &id, const QString &value)
{
    return id + QStringLiteral("%1").arg(value.toUcs4().size(), 2, 10, QLatin1Char('0')) + value;
}

QString withCrc(const QString &body)
{
    const QString head = body + QStringLiteral("6304");
    return head +
           QStringLiteral("%1").arg(tableCrc(head.toUtf8()), 4, 16, QLatin1Char('0')).toUpper();
}

// A complete static code for a café in Macau, in parts so cases can drop or change one.
QStringList cafeParts()
{
    return {tlv("00", "01"),
            tlv("01", "11"),
            tlv("26", tlv("00", "org.teahouse.pay") + tlv("01", "cafe@pay.teahouse.example")),
            tlv("52", "5814"),
            tlv("53", "446"),
            tlv("58", "MO"),
            tlv("59", "Lotus Cafe"),
            tlv("60", "Macau"),
            tlv("62", tlv("03", "Senado") + tlv("07", "T1"))};
}

// Published in EMV QRCPS Merchant-Presented Mode (Appendix, sample with a language
// template): UTF-8 Chinese in tag 64, lengths in characters, CRC A13A.
const QString kSpecSample = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");

} // namespace

class TestEmvco : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crcMatchesIndependentImplementation()
    {
        QCOMPARE(teahouse::qr::crc16CcittFalse("123456789"), quint16(0x29B1)); // check value
        QCOMPARE(tableCrc("123456789"), quint16(0x29B1));
        for (const QByteArray &s : {QByteArray(), QByteArray("000201"), kSpecSample.toUtf8()})
            QCOMPARE(teahouse::qr::crc16CcittFalse(s), tableCrc(s));
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("numeric");
        QTest::addColumn<QString>("alpha");
        QTest::addColumn<int>("minorUnits");
        // ISO 4217 (list one of the maintenance agency).
        const QList<std::tuple<const char *, const char *, int>> table{
            {"156", "CNY", 2}, {"344", "HKD", 2}, {"446", "MOP", 2}, {"702", "SGD", 2},
            {"458", "MYR", 2}, {"764", "THB", 2}, {"360", "IDR", 2}, {"608", "PHP", 2},
            {"704", "VND", 0}, {"356", "INR", 2}, {"978", "EUR", 2}, {"840", "USD", 2},
            {"826", "GBP", 2}, {"392", "JPY", 0}, {"410", "KRW", 0}, {"036", "AUD", 2},
            {"048", "BHD", 3}, {"999", "", -1}};
        for (const auto &[numeric, alpha, minor] : table)
            QTest::newRow(numeric)
                << QString::fromLatin1(numeric) << QString::fromLatin1(alpha) << minor;
    }
    void currencies()
    {
        QFETCH(QString, numeric);
        QFETCH(QString, alpha);
        QFETCH(int, minorUnits);
        const auto c = teahouse::qr::Currency::fromNumeric(numeric);
        QCOMPARE(c.numeric, numeric);
        QCOMPARE(c.alpha, alpha);
        QCOMPARE(c.minorUnits, minorUnits);
        QCOMPARE(c.isKnown(), !alpha.isEmpty());
        if (!alpha.isEmpty())
            QVERIFY(teahouse::qr::Currency::fromAlpha(alpha.toLower()) == c);
        // An unknown currency is kept by number; the pay flow decides what to do with it.
        QStringList parts = cafeParts();
        parts[4] = tlv("53", numeric);
        const auto r = EmvcoPayload::parse(withCrc(parts.join(QString())));
        QVERIFY(r.ok());
        QCOMPARE(r->currency, c);
    }

    void specSample()
    {
        const auto r = EmvcoPayload::parse(kSpecSample);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const EmvcoPayload &p = r.value();
        QCOMPARE(p.initiation, EmvcoPayload::Initiation::Dynamic);
        QCOMPARE(p.merchantAccounts.size(), 2);
        QCOMPARE(p.merchantAccounts[0].id, QStringLiteral("29"));
        QCOMPARE(p.merchantAccounts[0].guid, QStringLiteral("D15600000000"));
        QCOMPARE(p.merchantAccounts[1].guid, QStringLiteral("D15600000001"));
        QCOMPARE(p.merchantCategoryCode, QStringLiteral("4111"));
        QCOMPARE(p.currency.alpha, QStringLiteral("CNY"));
        QCOMPARE(p.currency.minorUnits, 2);
        QCOMPARE(p.amount, QStringLiteral("23.72"));
        QCOMPARE(p.tipIndicator, QStringLiteral("01"));
        QCOMPARE(p.countryCode, QStringLiteral("CN"));
        QCOMPARE(p.merchantName, QStringLiteral("BEST TRANSPORT"));
        QCOMPARE(p.merchantCity, QStringLiteral("BEIJING"));
        QVERIFY(p.language.has_value());
        QCOMPARE(p.language->preference, QStringLiteral("ZH"));
        QCOMPARE(p.language->merchantName, QString::fromUtf8("最佳运输"));
        QCOMPARE(p.language->merchantCity, QString::fromUtf8("北京"));
        QVERIFY(p.additionalData.has_value());
        QCOMPARE(p.additionalData->storeLabel, QStringLiteral("1234"));
        QCOMPARE(p.additionalData->customerLabel, QStringLiteral("***"));
        QCOMPARE(p.additionalData->terminalLabel, QStringLiteral("A6008667"));
        QCOMPARE(p.additionalData->consumerDataRequest, QStringLiteral("ME"));
        QCOMPARE(p.crc, QStringLiteral("A13A"));
        QCOMPARE(p.toString(), kSpecSample);
        // The same code as UTF-8 bytes.
        const auto fromBytes = EmvcoPayload::parse(QByteArrayView(kSpecSample.toUtf8()));
        QVERIFY(fromBytes.ok());
        QVERIFY(fromBytes.value() == p);

        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(json.value("amount").toString(), QStringLiteral("23.72"));
        QCOMPARE(json.value("initiation").toString(), QStringLiteral("dynamic"));
        QCOMPARE(json.value("merchantAccounts").toArray().size(), 2);
        QCOMPARE(json.value("language").toObject().value("merchantName").toString(),
                 QString::fromUtf8("最佳运输"));
    }

    void builtCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("name");
        const QString base = cafeParts().join(QString());
        QTest::newRow("static cafe") << withCrc(base) << "MOP"
                                     << ""
                                     << "Lotus Cafe";
        QStringList parts = cafeParts();
        parts[1] = tlv("01", "12");
        parts.insert(5, tlv("54", "38.50"));
        QTest::newRow("dynamic with amount") << withCrc(parts.join(QString())) << "MOP"
                                             << "38.50"
                                             << "Lotus Cafe";
        parts = cafeParts();
        parts[4] = tlv("53", "392");
        parts.insert(5, tlv("54", "1200"));
        QTest::newRow("yen, no decimals") << withCrc(parts.join(QString())) << "JPY"
                                          << "1200"
                                          << "Lotus Cafe";
        parts = cafeParts();
        parts[2] = tlv("02", "4000123412341234");
        parts[4] = tlv("53", "702");
        parts.insert(5, tlv("55", "02") + tlv("56", "0.50"));
        QTest::newRow("primitive account, fixed fee, SGD")
            << withCrc(parts.join(QString())) << "SGD"
            << ""
            << "Lotus Cafe";
        parts = cafeParts();
        parts.removeAt(1); // point of initiation is optional
        parts.append(tlv("61", "999078"));
        parts.append(tlv("80", "anything"));
        QTest::newRow("no initiation, postal code, free template")
            << withCrc(parts.join(QString())) << "MOP"
            << ""
            << "Lotus Cafe";
    }
    void builtCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, name);
        const auto r = EmvcoPayload::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->currency.alpha, currency);
        QCOMPARE(r->amount, amount);
        QCOMPARE(r->merchantName, name);
        QCOMPARE(r->toString(), text);
        QVERIFY(EmvcoPayload::parse(r->toString()).value() == r.value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int corrupt = int(Error::Code::Corrupt);
        const int invalid = int(Error::Code::InvalidArgument);
        const QString good = withCrc(cafeParts().join(QString()));
        auto without = [](int index) {
            QStringList p = cafeParts();
            p.removeAt(index);
            return withCrc(p.join(QString()));
        };
        auto replaced = [](int index, const QString &record) {
            QStringList p = cafeParts();
            p[index] = record;
            return withCrc(p.join(QString()));
        };
        auto added = [](const QString &record) {
            QStringList p = cafeParts();
            p.append(record);
            return withCrc(p.join(QString()));
        };
        QString badCrc = good;
        badCrc[badCrc.size() - 1] = badCrc.endsWith(u'0') ? u'1' : u'0';
        QTest::newRow("bad crc") << badCrc << corrupt
                                 << "The code's checksum does not match: it may be damaged or "
                                    "altered.";
        QString altered = good;
        altered.replace("Lotus Cafe", "Lotus Cafx");
        QTest::newRow("altered name") << altered << corrupt << "checksum does not match";
        QString lower = good.left(good.size() - 4) + good.right(4).toLower();
        if (lower != good)
            QTest::newRow("lower-case crc") << lower << corrupt << "checksum field is malformed";
        QTest::newRow("empty") << QString() << invalid << "The code is empty.";
        QTest::newRow("too long") << QString(600, u'0') << invalid << "too long";
        QTest::newRow("truncated") << good.left(good.size() - 10) << corrupt << "runs past its end";
        QTest::newRow("length too big")
            << QStringLiteral("000201") + tlv("59", "X").replace("01X", "09X") << corrupt
            << "runs past its end";
        QTest::newRow("non-digit length")
            << QStringLiteral("0002015A04Cafe") << corrupt << "is not a number";
        QTest::newRow("non-digit length 2")
            << QStringLiteral("00020159x4Cafe") << corrupt << "is not a number";
        QTest::newRow("duplicate tag")
            << added(tlv("59", "Other")) << corrupt << "The code contains the same field twice.";
        QTest::newRow("no crc") << cafeParts().join(QString()) << corrupt << "has no checksum";
        QTest::newRow("crc not last") << withCrc(cafeParts().join(QString())) + tlv("99", "x")
                                      << corrupt << "not the last field";
        QTest::newRow("crc wrong length")
            << cafeParts().join(QString()) + "630312A" << corrupt << "checksum field is malformed";
        QTest::newRow("format not first")
            << withCrc(tlv("01", "11") + tlv("00", "01") + cafeParts().join(QString()).mid(12))
            << invalid << "does not start with";
        QTest::newRow("format 02") << replaced(0, tlv("00", "02")) << invalid << "format version";
        QTest::newRow("initiation 13") << replaced(1, tlv("01", "13")) << invalid
                                       << "neither whether it is static nor dynamic";
        QTest::newRow("no merchant account")
            << without(2) << invalid << "does not name any merchant account";
        QTest::newRow("template without guid") << replaced(2, tlv("26", tlv("01", "x"))) << invalid
                                               << "does not name its payment network";
        QTest::newRow("template broken") << replaced(2, tlv("26", "0099abc")) << corrupt
                                         << "merchant account field of the code is malformed";
        QTest::newRow("missing 52") << without(3) << invalid << "no merchant category";
        QTest::newRow("bad 52") << replaced(3, tlv("52", "58A4")) << invalid << "four digits";
        QTest::newRow("missing 53") << without(4) << invalid << "no currency";
        QTest::newRow("bad 53") << replaced(4, tlv("53", "MOP")) << invalid
                                << "three-digit ISO 4217";
        QTest::newRow("missing 58") << without(5) << invalid << "no country";
        QTest::newRow("bad 58") << replaced(5, tlv("58", "mo")) << invalid << "two-letter";
        QTest::newRow("missing 59") << without(6) << invalid << "no merchant name";
        QTest::newRow("long 59") << replaced(6, tlv("59", QString(26, u'a'))) << invalid
                                 << "merchant name in the code is empty or too long";
        QTest::newRow("missing 60") << without(7) << invalid << "no merchant city";
        QTest::newRow("long 60") << replaced(7, tlv("60", QString(16, u'a'))) << invalid
                                 << "merchant city in the code is empty or too long";
        QTest::newRow("amount letters")
            << added(tlv("54", "12a")) << invalid << "amount in the code is not a valid number";
        QTest::newRow("amount negative")
            << added(tlv("54", "-5")) << invalid << "not a valid number";
        QTest::newRow("amount zero") << added(tlv("54", "0.00")) << invalid << "greater than zero";
        QTest::newRow("amount decimals")
            << added(tlv("54", "1.234")) << invalid << "more decimals than its currency allows";
        QTest::newRow("tip 04") << added(tlv("55", "04")) << invalid << "convenience fee setting";
        QTest::newRow("fee without indicator")
            << added(tlv("56", "1.00")) << invalid << "does not match its fee setting";
        QTest::newRow("fixed fee missing")
            << added(tlv("55", "02")) << invalid << "does not match its fee setting";
        QTest::newRow("percentage bad")
            << added(tlv("55", "03") + tlv("57", "abc")) << invalid << "percentage";
        QTest::newRow("long postal code")
            << added(tlv("61", "12345678901")) << invalid << "postal code";
        QTest::newRow("additional data broken")
            << replaced(8, tlv("62", "0310abc")) << corrupt << "additional data field";
        QTest::newRow("additional data duplicate")
            << replaced(8, tlv("62", tlv("03", "a") + tlv("03", "b"))) << corrupt
            << "additional data field";
        QTest::newRow("additional data too long")
            << replaced(8, tlv("62", tlv("01", QString(26, u'1')))) << invalid
            << "additional data field";
        QTest::newRow("additional data empty bill")
            << replaced(8, tlv("62", tlv("01", ""))) << invalid << "additional data field";
        QTest::newRow("language name too long")
            << added(tlv("64", tlv("00", "ZH") + tlv("01", QString(26, u'x')))) << invalid
            << "another language is malformed";
        QTest::newRow("language without name")
            << added(tlv("64", tlv("00", "ZH"))) << invalid << "another language is malformed";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = EmvcoPayload::parse(text);
        QVERIFY2(!r.ok(), qPrintable(text));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(int(r.error().code), code);
    }

    // Banco Central do Brasil, "Manual de Padrões para Iniciação do Pix" (BR Code, an EMVCo
    // merchant-presented profile): its static example and its example with every optional
    // field. The CRCs are the manual's own (1D3D, AD38).
    void pixManualSamples()
    {
        const QString staticCode = QStringLiteral(
            "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865"
            "802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D");
        const auto s = EmvcoPayload::parse(staticCode);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->initiation, EmvcoPayload::Initiation::Unspecified);
        QCOMPARE(s->merchantAccounts.size(), 1);
        QCOMPARE(s->merchantAccounts[0].id, QStringLiteral("26"));
        QCOMPARE(s->merchantAccounts[0].guid, QStringLiteral("br.gov.bcb.pix"));
        QCOMPARE(s->merchantAccounts[0].fields.value(1).value,
                 QStringLiteral("123e4567-e12b-12d1-a456-426655440000"));
        QCOMPARE(s->merchantCategoryCode, QStringLiteral("0000"));
        QCOMPARE(s->currency.alpha, QStringLiteral("BRL"));
        QCOMPARE(s->amount, QString());
        QCOMPARE(s->countryCode, QStringLiteral("BR"));
        QCOMPARE(s->merchantName, QStringLiteral("Fulano de Tal"));
        QCOMPARE(s->merchantCity, QStringLiteral("BRASILIA"));
        QCOMPARE(s->additionalData->referenceLabel, QStringLiteral("***"));
        QCOMPARE(s->crc, QStringLiteral("1D3D"));
        QCOMPARE(s->toString(), staticCode);

        const QString full = QStringLiteral(
            "00020104141234567890123426580014BR.GOV.BCB.PIX0136123e4567-e12b-12d1-a456-42665544000"
            "027300012BR.COM.OUTRO011001234567895204000053039865406123.455802BR5917NOME DO RECEB"
            "EDOR6008BRASILIA61087007490062190515RP12345678-201980390012BR.COM.OUTRO01190123.ABC"
            "D.3456.WXYZ6304AD38");
        const auto f = EmvcoPayload::parse(full);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(f->merchantAccounts.size(), 3); // 04 (a card scheme's), 26 and 27
        QCOMPARE(f->merchantAccounts[0].id, QStringLiteral("04"));
        QCOMPARE(f->merchantAccounts[0].value, QStringLiteral("12345678901234"));
        QCOMPARE(f->merchantAccounts[2].guid, QStringLiteral("BR.COM.OUTRO"));
        QCOMPARE(f->amount, QStringLiteral("123.45"));
        QCOMPARE(f->merchantName, QStringLiteral("NOME DO RECEBEDOR"));
        QCOMPARE(f->postalCode, QStringLiteral("70074900"));
        QCOMPARE(f->additionalData->referenceLabel, QStringLiteral("RP12345678-2019"));
        QCOMPARE(f->crc, QStringLiteral("AD38"));
        QCOMPARE(f->toString(), full);

        // Damaged copies of the published codes: each refused with its reason, never paid.
        QString badCrc = staticCode;
        badCrc.replace(QStringLiteral("1D3D"), QStringLiteral("1D3E"));
        QVERIFY(EmvcoPayload::parse(badCrc).error().message.contains("checksum does not match"));
        QString otherName = staticCode;
        otherName.replace(QStringLiteral("Fulano"), QStringLiteral("Fulana"));
        QCOMPARE(EmvcoPayload::parse(otherName).error().code, Error::Code::Corrupt);
        QString longer = full;
        longer.replace(QStringLiteral("5406123.45"), QStringLiteral("5407123.45"));
        QCOMPARE(EmvcoPayload::parse(longer).error().code, Error::Code::Corrupt);
        QVERIFY(!EmvcoPayload::parse(staticCode.left(staticCode.size() - 1)).ok());
        QVERIFY(!EmvcoPayload::parse(staticCode.mid(1)).ok());
    }

    void invalidUtf8Bytes()
    {
        const auto r = EmvcoPayload::parse(QByteArrayView("000201\xff\xfe"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("not text"));
        const auto cut = EmvcoPayload::parse(QByteArrayView("000201\xe6\x9c"));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message.contains("not text"));
    }
};

QTEST_GUILESS_MAIN(TestEmvco)
#include "tst_qr_emvco.moc"

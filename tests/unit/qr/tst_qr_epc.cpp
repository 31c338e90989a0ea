// EpcPayload: the EPC069-12 sample (Belgian Red Cross), built variants and refused codes.
#include "qr/EpcPayload.h"

#include <QStringEncoder>
#include <QtTest>

using teahouse::Error;
using teahouse::qr::EpcPayload;

namespace {

// EPC069-12 v2.1, §3 example.
const QByteArray kSpecSample = "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\n"
                               "BE72000000001616\nEUR1\nCHAR\n\nUrgency fund\n"
                               "Sample EPC QR code";

QByteArray lines(const QList<QByteArray> &parts)
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out += (i ? "\n" : "") + parts[i];
    return out;
}

QList<QByteArray> basic()
{
    return {"BCD",
            "002",
            "1",
            "SCT",
            "",
            "Wasserwerk Musterstadt",
            "DE75512108001245126199",
            "EUR200.5",
            "",
            "RF18539007547034",
            "",
            "Danke"};
}

} // namespace

class TestEpc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specSample()
    {
        const auto r = EpcPayload::parse(QByteArrayView(kSpecSample));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->version, QStringLiteral("001"));
        QCOMPARE(r->characterSet, 1);
        QCOMPARE(r->bic, QStringLiteral("BPOTBEB1"));
        QCOMPARE(r->name, QStringLiteral("Red Cross of Belgium"));
        QCOMPARE(r->iban, QStringLiteral("BE72000000001616"));
        QCOMPARE(r->amount, QStringLiteral("1"));
        QCOMPARE(r->purpose, QStringLiteral("CHAR"));
        QCOMPARE(r->reference, QString());
        QCOMPARE(r->text, QStringLiteral("Urgency fund"));
        QCOMPARE(r->information, QStringLiteral("Sample EPC QR code"));
        QCOMPARE(r->toBytes(), kSpecSample);
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value("currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value("iban").toString(), QStringLiteral("BE72000000001616"));
        // As text, and with CRLF line ends and a final break.
        QVERIFY(EpcPayload::parse(QString::fromUtf8(kSpecSample)).value() == r.value());
        QByteArray crlf = kSpecSample;
        crlf.replace("\n", "\r\n");
        crlf += "\r\n";
        QVERIFY(EpcPayload::parse(QByteArrayView(crlf)).value() == r.value());
    }

    // The example of the EPC QR code in Wikipedia's article, as printed on German invoices:
    // version 002 with a BIC, UTF-8, a purpose code and an RF creditor reference.
    void invoiceSample()
    {
        const QByteArray code = "BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Musterm\xc3\xa4nn\n"
                                "DE71110220330123456789\nEUR12.3\nGDDS\nRF18539007547034";
        const auto r = EpcPayload::parse(QByteArrayView(code));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->version, QStringLiteral("002"));
        QCOMPARE(r->bic, QStringLiteral("BHBLDEHHXXX"));
        QCOMPARE(r->name, QString::fromUtf8("Franz Mustermänn"));
        QCOMPARE(r->iban, QStringLiteral("DE71110220330123456789"));
        QCOMPARE(r->amount, QStringLiteral("12.3"));
        QCOMPARE(r->purpose, QStringLiteral("GDDS"));
        QCOMPARE(r->reference, QStringLiteral("RF18539007547034"));
        // One digit of the IBAN misread: its check digits catch it.
        QByteArray misread = code;
        misread.replace("0123456789", "0123456788");
        QVERIFY(EpcPayload::parse(QByteArrayView(misread)).error().message.contains("IBAN"));
        // The amount line lost: the lines shift, and the code is refused.
        QByteArray shifted = code;
        shifted.replace("EUR12.3\n", "");
        QVERIFY(!EpcPayload::parse(QByteArrayView(shifted)).ok());
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("iban");
        QTest::newRow("v002 no bic, reference") << lines(basic()) << "Wasserwerk Musterstadt"
                                                << "200.5"
                                                << "DE75512108001245126199";
        QList<QByteArray> p = basic();
        p[5] = "Franz Müller";
        p[6] = "de75 5121 0800 1245 1261 99";
        p[7] = "";
        QTest::newRow("utf-8 name, spaced lower-case iban, no amount")
            << lines(p) << QString::fromUtf8("Franz Müller") << ""
            << "DE75512108001245126199";
        p = basic();
        p[2] = "2";
        p[5] = "Franz M\xfcller";
        QTest::newRow("latin-1") << lines(p) << QString::fromUtf8("Franz Müller") << "200.5"
                                 << "DE75512108001245126199";
        p = basic().mid(0, 7);
        QTest::newRow("seven lines only") << lines(p) << "Wasserwerk Musterstadt"
                                          << ""
                                          << "DE75512108001245126199";
        p = basic();
        p[7] = "EUR999999999.99";
        QTest::newRow("largest amount") << lines(p) << "Wasserwerk Musterstadt"
                                        << "999999999.99"
                                        << "DE75512108001245126199";
        p = basic();
        p[9] = "rf712348231";
        QTest::newRow("short lower-case rf reference") << lines(p) << "Wasserwerk Musterstadt"
                                                       << "200.5"
                                                       << "DE75512108001245126199";
        p = basic();
        p[7] = "EUR0.01";
        QTest::newRow("smallest amount") << lines(p) << "Wasserwerk Musterstadt"
                                         << "0.01"
                                         << "DE75512108001245126199";
    }
    void accepted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, amount);
        QFETCH(QString, iban);
        const auto r = EpcPayload::parse(QByteArrayView(bytes));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->name, name);
        QCOMPARE(r->amount, amount);
        QCOMPARE(r->iban, iban);
        QVERIFY(EpcPayload::parse(QByteArrayView(r->toBytes())).value() == r.value());
    }

    // Character sets 2-8 through Qt's ICU-backed decoders (a Qt without one for a set
    // refuses the code with a sentence naming the set instead).
    void characterSets_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QByteArray>("nameBytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("8859-2") << QByteArray("3")
                                << QByteArray("\xa3\xf3"
                                              "d\xbc")
                                << QString::fromUtf8("Łódź");
        QTest::newRow("8859-5") << QByteArray("5") << QByteArray("\xbc\xd8\xe0")
                                << QString::fromUtf8("Мир");
        QTest::newRow("8859-7") << QByteArray("6") << QByteArray("\xc1\xe8\xde\xed\xe1")
                                << QString::fromUtf8("Αθήνα");
        QTest::newRow("8859-15") << QByteArray("8") << QByteArray("Caf\xe9 \xa4")
                                 << QString::fromUtf8("Café €");
    }
    void characterSets()
    {
        QFETCH(QByteArray, set);
        QFETCH(QByteArray, nameBytes);
        QFETCH(QString, name);
        QList<QByteArray> p = basic();
        p[2] = set;
        p[5] = nameBytes;
        const auto r = EpcPayload::parse(QByteArrayView(lines(p)));
        if (!r.ok() && r.error().message.contains("cannot read"))
            QSKIP("this Qt has no decoder for the set");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->name, name);
        QCOMPARE(r->toBytes(), lines(p));
        // The same code as decoded text goes back to the same bytes.
        p[5] = name.toUtf8();
        QString text = QString::fromUtf8(lines(p));
        QVERIFY(EpcPayload::parse(text).value() == r.value());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int invalid = int(Error::Code::InvalidArgument);
        const int corrupt = int(Error::Code::Corrupt);
        auto with = [](int index, const QByteArray &value) {
            QList<QByteArray> p = basic();
            p[index] = value;
            return lines(p);
        };
        QTest::newRow("not bcd") << with(0, "BCX") << invalid << "does not start with BCD";
        QTest::newRow("version 003") << with(1, "003") << invalid << "EPC version";
        QTest::newRow("charset 9") << with(2, "9") << invalid << "unknown character set";
        QTest::newRow("charset 0") << with(2, "0") << invalid << "unknown character set";
        QTest::newRow("not sct") << with(3, "INST") << invalid << "SEPA credit transfer";
        QTest::newRow("v001 without bic") << with(1, "001") << invalid << "version 001 requires";
        QTest::newRow("bad bic") << with(4, "BPOT1EB1") << invalid << "BIC";
        QTest::newRow("no name") << with(5, "") << invalid << "beneficiary name is missing";
        QTest::newRow("long name") << with(5, QByteArray(71, 'a')) << invalid << "longer than 70";
        QTest::newRow("iban checksum") << with(6, "DE75512108001245126198") << invalid
                                       << "IBAN in the transfer code is not valid";
        QTest::newRow("iban letters") << with(6, "D375512108001245126199") << invalid << "IBAN";
        QTest::newRow("usd") << with(7, "USD12") << invalid << "in euros";
        QTest::newRow("zero") << with(7, "EUR0.00") << invalid << "between 0.01";
        QTest::newRow("three decimals") << with(7, "EUR1.005") << invalid << "between 0.01";
        QTest::newRow("too large") << with(7, "EUR1000000000") << invalid << "between 0.01";
        QTest::newRow("comma") << with(7, "EUR12,50") << invalid << "between 0.01";
        QTest::newRow("purpose") << with(8, "CHARITY") << invalid << "purpose code";
        QTest::newRow("reference and text")
            << with(10, "also text") << invalid << "only one is allowed";
        QTest::newRow("rf check digits")
            << with(9, "RF19539007547034") << invalid << "wrong check digits";
        QTest::newRow("rf too long")
            << with(9, "RF18000000000000539007547034") << invalid << "wrong check digits";
        QTest::newRow("long reference") << with(9, QByteArray(36, '1')) << invalid << "35";
        QList<QByteArray> p = basic();
        p[9] = "";
        p[10] = QByteArray(141, 't');
        p[11] = "";
        QTest::newRow("long text") << lines(p) << invalid << "140";
        QTest::newRow("long info") << with(11, QByteArray(71, 'i')) << invalid << "70";
        QTest::newRow("cut off") << lines(basic().mid(0, 6)) << corrupt << "cut off";
        QTest::newRow("thirteen lines") << lines(basic()) + "\nextra" << invalid << "more lines";
        QTest::newRow("over 331 bytes")
            << lines(basic()) + QByteArray(300, '\n') << invalid << "331 bytes";
        QTest::newRow("bad utf-8") << with(5, "Caf\xc3") << corrupt << "not text";
        QTest::newRow("control character") << with(5, "Caf\x01") << corrupt << "not text";
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = EpcPayload::parse(QByteArrayView(bytes));
        QVERIFY2(!r.ok(), bytes.constData());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestEpc)
#include "tst_qr_epc.moc"

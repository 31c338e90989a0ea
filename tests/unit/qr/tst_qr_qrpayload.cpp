// QrPayload::classify and ClosedScheme: which parser a scanned text goes to, the JSON that
// `teahouse scan` prints, and codes for other companies' apps that are never opened.
#include "qr/QrPayload.h"

#include <QJsonDocument>
#include <QtTest>

using teahouse::qr::ClosedScheme;
using teahouse::qr::QrPayload;
using Kind = QrPayload::Kind;

Q_DECLARE_METATYPE(QrPayload::Kind)

namespace {
const QString kEmvcoSample = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");
}

class TestQrPayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("error");
        QTest::newRow("xmpp") << "xmpp:cafe@teahouse.example?message" << Kind::Xmpp << true << "";
        QTest::newRow("xmpp broken")
            << "xmpp://a@b/c@d" << Kind::Xmpp << false << "are not supported";
        QTest::newRow("emvco") << kEmvcoSample << Kind::Emvco << true << "";
        QTest::newRow("emvco with final newline") << kEmvcoSample + "\n"
                                                  << Kind::Emvco << true << "";
        QString damaged = kEmvcoSample;
        damaged.replace("23.72", "93.72");
        QTest::newRow("emvco damaged")
            << damaged << Kind::Emvco << false << "checksum does not match";
        QTest::newRow("epc") << "BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001616\nEUR5" << Kind::Epc
                             << true << "";
        QTest::newRow("epc crlf") << "BCD\r\n002\r\n1\r\nSCT\r\n\r\nRed Cross\r\nBE72000000001616"
                                  << Kind::Epc << true << "";
        QTest::newRow("epc bad iban")
            << "BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001617" << Kind::Epc << false << "IBAN";
        QTest::newRow("payto") << "payto://iban/DE75512108001245126199?amount=EUR:200.0"
                               << Kind::Payto << true << "";
        QTest::newRow("payto broken") << "payto:iban" << Kind::Payto << false << "not a payto";
        QTest::newRow("wechat pay")
            << "weixin://wxpay/bizpayurl?pr=abc123" << Kind::ClosedScheme << true << "";
        QTest::newRow("wxp") << "wxp://f2f0abcdef" << Kind::ClosedScheme << true << "";
        QTest::newRow("alipay https")
            << "https://qr.alipay.com/fkx12345abcde" << Kind::ClosedScheme << true << "";
        QTest::newRow("alipays") << "alipays://platformapi/startapp?appId=20000067"
                                 << Kind::ClosedScheme << true << "";
        QTest::newRow("url") << "https://teahouse.example/articles/42?ref=qr" << Kind::Url << true
                             << "";
        QTest::newRow("url malformed")
            << "https://exa mple.com/" << Kind::Url << false << "web address";
        QTest::newRow("text") << "Wi-Fi password is on the counter" << Kind::Text << true << "";
        QTest::newRow("digits are text") << "4006381333931" << Kind::Text << true << "";
    }
    void classify()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(bool, valid);
        QFETCH(QString, error);
        const QrPayload p = QrPayload::classify(text);
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.valid, valid);
        QCOMPARE(p.text, text);
        QVERIFY2(p.error.message.contains(error), qPrintable(p.error.message));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("kind").toString(), QrPayload::kindName(kind));
        QCOMPARE(json.value("valid").toBool(), valid);
        QCOMPARE(json.contains("error"), !valid);
        // Valid structured payloads carry their fields; failures carry none.
        QCOMPARE(json.contains("fields"), valid && kind != Kind::Text);
        QCOMPARE(p.data.index() != 0, valid && kind != Kind::Text);
    }

    void jsonOfAPaymentCode()
    {
        const QJsonObject json = QrPayload::classify(kEmvcoSample).toJson();
        const QJsonObject fields = json.value("fields").toObject();
        QCOMPARE(fields.value("merchantName").toString(), QStringLiteral("BEST TRANSPORT"));
        QCOMPARE(fields.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(fields.value("amount").toString(), QStringLiteral("23.72"));
        QCOMPARE(json.value("text").toString(), kEmvcoSample);
        // Round trip through JSON text, as a script reading `teahouse scan` would.
        const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(back, json);

        const QJsonObject bad = QrPayload::classify(u"payto://iban/DE00"_qs).toJson();
        QCOMPARE(
            bad.value("error").toObject().value("code").toString(),
            teahouse::Error::make(teahouse::Error::Code::InvalidArgument, QString()).codeName());
        QVERIFY(!bad.value("error").toObject().value("message").toString().isEmpty());
    }

    void payments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("payment");
        QTest::newRow("emvco") << kEmvcoSample << true;
        QString damaged = kEmvcoSample;
        damaged.replace("23.72", "93.72");
        QTest::newRow("emvco damaged") << damaged << false;
        QTest::newRow("epc") << "BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001616\nEUR5" << true;
        QTest::newRow("payto") << "payto://iban/DE75512108001245126199?amount=EUR:200.0" << true;
        QTest::newRow("pay link")
            << "xmpp:cafe@pay.localhost?command;node=urn:teahouse:pay:0;amount=12.00" << true;
        QTest::newRow("other command") << "xmpp:city.localhost?command;node=permits" << false;
        QTest::newRow("chat") << "xmpp:cafe@localhost" << false;
        QTest::newRow("wechat pay") << "weixin://wxpay/bizpayurl?pr=abc123" << false;
        QTest::newRow("url") << "https://teahouse.example/pay" << false;
        QTest::newRow("text") << "00020101" << false;
    }
    void payments()
    {
        QFETCH(QString, text);
        QFETCH(bool, payment);
        const QrPayload p = QrPayload::classify(text);
        QCOMPARE(p.isPayment(), payment);
        QCOMPARE(p.toJson().value("payment").toBool(), payment);
    }

    void closedSchemes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("app");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("wechat pay")
            << "weixin://wxpay/bizpayurl?pr=abc" << int(ClosedScheme::App::WeChatPay)
            << "This code can only be paid in WeChat Pay. Teahouse does "
               "not open it and nothing is paid.";
        QTest::newRow("wxp upper case")
            << "WXP://abc" << int(ClosedScheme::App::WeChatPay) << "WeChat Pay";
        QTest::newRow("wechat other")
            << "weixin://dl/business/?t=xyz" << int(ClosedScheme::App::WeChat)
            << "only works in the WeChat app";
        QTest::newRow("alipay http")
            << "HTTPS://QR.ALIPAY.COM/abc" << int(ClosedScheme::App::Alipay)
            << "can only be paid in Alipay";
        QTest::newRow("alipay scheme")
            << "alipay://x" << int(ClosedScheme::App::Alipay) << "Alipay";
    }
    void closedSchemes()
    {
        QFETCH(QString, text);
        QFETCH(int, app);
        QFETCH(QString, explanation);
        const auto c = ClosedScheme::recognise(text);
        QVERIFY(c.has_value());
        QCOMPARE(int(c->app), app);
        QCOMPARE(c->address, text);
        QVERIFY2(c->explanation().contains(explanation), qPrintable(c->explanation()));
        QCOMPARE(c->toJson().value("explanation").toString(), c->explanation());
    }

    void notClosed()
    {
        for (const QString &text : {QStringLiteral("https://alipay.com.evil.example/qr"),
                                    QStringLiteral("https://evil.example/qr.alipay.com/x"),
                                    QStringLiteral("weixinx://x"), QStringLiteral("text")})
            QVERIFY2(!ClosedScheme::recognise(text).has_value(), qPrintable(text));
    }

    void bytes()
    {
        // An EPC code in ISO 8859-1 arrives as bytes and is shown decoded.
        const QByteArray latin1 = "BCD\n002\n2\nSCT\n\nFranz M\xfcller\nDE75512108001245126199";
        const QrPayload p = QrPayload::classify(QByteArrayView(latin1));
        QCOMPARE(p.kind, Kind::Epc);
        QVERIFY(p.valid);
        QCOMPARE(p.epc()->name, QString::fromUtf8("Franz Müller"));
        QVERIFY(p.text.contains(QString::fromUtf8("Müller")));
        const QrPayload binary = QrPayload::classify(QByteArrayView("\xff\x00\x01", 3));
        QVERIFY(!binary.valid);
        QVERIFY(binary.error.message.contains("binary data"));
        QCOMPARE(QrPayload::classify(QByteArrayView("xmpp:a@b")).kind, Kind::Xmpp);
    }
};

QTEST_GUILESS_MAIN(TestQrPayload)
#include "tst_qr_qrpayload.moc"

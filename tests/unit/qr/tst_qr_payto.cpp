// PaytoUri: the examples of RFC 8905 §4 and §7, and refused links with their messages.
#include "qr/PaytoUri.h"

#include <QtTest>

using teahouse::Error;
using teahouse::qr::PaytoUri;

class TestPayto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ibanWithOptions()
    {
        const auto r =
            PaytoUri::parse(u"payto://iban/DE75512108001245126199?amount=EUR:200.0&message=hello"
                            u"&receiver-name=Wasserwerk%20M%C3%BCnchen");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->targetType, QStringLiteral("iban"));
        QCOMPARE(r->iban, QStringLiteral("DE75512108001245126199"));
        QCOMPARE(r->bic, QString());
        QCOMPARE(r->amountCurrency, QStringLiteral("EUR"));
        QCOMPARE(r->amountValue, QStringLiteral("200.0"));
        QCOMPARE(r->message, QStringLiteral("hello"));
        QCOMPARE(r->receiverName, QString::fromUtf8("Wasserwerk München"));
        QCOMPARE(r->options.size(), 3);
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value("currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value("amount").toString(), QStringLiteral("200.0"));
        QCOMPARE(json.value("iban").toString(), QStringLiteral("DE75512108001245126199"));
        QVERIFY(PaytoUri::parse(r->toString()).value() == r.value());
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("bic");
        QTest::newRow("iban with bic")
            << "payto://iban/SOGEDEFFXXX/DE75512108001245126199"
            << "iban" << QStringList{"SOGEDEFFXXX", "DE75512108001245126199"} << "SOGEDEFFXXX";
        QTest::newRow("upper-case scheme and type")
            << "PAYTO://IBAN/DE75512108001245126199"
            << "iban" << QStringList{"DE75512108001245126199"} << "";
        QTest::newRow("ach") << "payto://ach/122000661/1234"
                             << "ach" << QStringList{"122000661", "1234"} << "";
        QTest::newRow("bic") << "payto://bic/SOGEDEFFXXX"
                             << "bic" << QStringList{"SOGEDEFFXXX"} << "SOGEDEFFXXX";
        QTest::newRow("upi") << "payto://upi/alice@example.com?receiver-name=Alice&amount=INR:200"
                             << "upi" << QStringList{"alice@example.com"} << "";
        QTest::newRow("bitcoin")
            << "payto://bitcoin/12A1MyfXbW6RhdRAZEqofac5jCQQjwEPBu?amount=BTC:0.00000001"
            << "bitcoin" << QStringList{"12A1MyfXbW6RhdRAZEqofac5jCQQjwEPBu"} << "";
        QTest::newRow("ilp") << "payto://ilp/g.acme.bob"
                             << "ilp" << QStringList{"g.acme.bob"} << "";
        QTest::newRow("void") << "payto://void/?amount=EUR:10.5"
                              << "void" << QStringList{} << "";
        QTest::newRow("unknown type kept")
            << "payto://x-taler-bank/bank.example/42"
            << "x-taler-bank" << QStringList{"bank.example", "42"} << "";
        QTest::newRow("fragment ignored") << "payto://ilp/g.acme.bob#frag"
                                          << "ilp" << QStringList{"g.acme.bob"} << "";
    }
    void accepted()
    {
        QFETCH(QString, uri);
        QFETCH(QString, type);
        QFETCH(QStringList, path);
        QFETCH(QString, bic);
        const auto r = PaytoUri::parse(uri);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->targetType, type);
        QCOMPARE(r->path, path);
        QCOMPARE(r->bic, bic);
        QVERIFY(PaytoUri::parse(r->toString()).value() == r.value());
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("value");
        QTest::newRow("upi INR") << "payto://upi/a@b?amount=INR:200"
                                 << "INR"
                                 << "200";
        QTest::newRow("lower-case currency") << "payto://upi/a@b?amount=eur:1.5"
                                             << "EUR"
                                             << "1.5";
        QTest::newRow("8 decimals") << "payto://upi/a@b?amount=KUDOS:0.12345678"
                                    << "KUDOS"
                                    << "0.12345678";
        QTest::newRow("none") << "payto://upi/a@b"
                              << ""
                              << "";
    }
    void amounts()
    {
        QFETCH(QString, uri);
        QFETCH(QString, currency);
        QFETCH(QString, value);
        const auto r = PaytoUri::parse(uri);
        QVERIFY(r.ok());
        QCOMPARE(r->amountCurrency, currency);
        QCOMPARE(r->amountValue, value);
        QCOMPARE(r->hasAmount(), !currency.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int invalid = int(Error::Code::InvalidArgument);
        const int corrupt = int(Error::Code::Corrupt);
        QTest::newRow("not payto") << "https://example.com" << invalid << "not a payto:";
        QTest::newRow("no slashes")
            << "payto:iban/DE75512108001245126199" << invalid << "not a payto:";
        QTest::newRow("too long") << "payto://iban/" + QString(5000, u'1') << invalid << "too long";
        QTest::newRow("empty type")
            << "payto:///DE75512108001245126199" << invalid << "what kind of account";
        QTest::newRow("bad type") << "payto://ib%20an/x" << invalid << "what kind of account";
        QTest::newRow("iban checksum") << "payto://iban/DE75512108001245126198" << invalid
                                       << "IBAN in the payment link is not valid";
        QTest::newRow("iban missing") << "payto://iban" << invalid << "not valid for its kind";
        QTest::newRow("iban three segments")
            << "payto://iban/A/B/DE75512108001245126199" << invalid << "not valid for its kind";
        QTest::newRow("bad bic before iban")
            << "payto://iban/SOGE/DE75512108001245126199" << invalid << "BIC in the payment link";
        QTest::newRow("empty middle segment")
            << "payto://iban//DE75512108001245126199" << invalid << "not valid for its kind";
        QTest::newRow("bic type bad") << "payto://bic/123" << invalid << "not valid for its kind";
        QTest::newRow("ach one segment")
            << "payto://ach/122000661" << invalid << "not valid for its kind";
        QTest::newRow("upi without @")
            << "payto://upi/alice" << invalid << "not valid for its kind";
        QTest::newRow("unknown type without path")
            << "payto://foo" << invalid << "not valid for its kind";
        QTest::newRow("broken escape") << "payto://upi/a%4@b" << corrupt << "broken %-escape";
        QTest::newRow("bad utf-8 escape") << "payto://upi/a%C3@b" << corrupt << "broken %-escape";
        QTest::newRow("amount without currency")
            << "payto://upi/a@b?amount=12.5" << invalid << "CURRENCY:VALUE";
        QTest::newRow("amount letters")
            << "payto://upi/a@b?amount=EUR:12a" << invalid << "CURRENCY:VALUE";
        QTest::newRow("amount 9 decimals")
            << "payto://upi/a@b?amount=EUR:0.123456789" << invalid << "CURRENCY:VALUE";
        QTest::newRow("amount digit currency")
            << "payto://upi/a@b?amount=978:1" << invalid << "CURRENCY:VALUE";
        QTest::newRow("option without =")
            << "payto://upi/a@b?message" << invalid << "option of the payment link is malformed";
        QTest::newRow("option twice")
            << "payto://upi/a@b?message=a&message=b" << invalid << "same option twice";
    }
    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = PaytoUri::parse(uri);
        QVERIFY2(!r.ok(), qPrintable(uri));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestPayto)
#include "tst_qr_payto.moc"

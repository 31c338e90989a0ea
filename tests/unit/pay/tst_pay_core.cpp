#include "StorageTestUtils.h"
#include "TestUtils.h"
#include "pay/Money.h"
#include "pay/PayProtocol.h"
#include "pay/PayStore.h"
#include "pay/PaymentPin.h"
#include "pay/PaymentRequest.h"
#include "pay/TransferOffer.h"
#include "qr/EmvcoPayload.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::pay;

namespace {

QString tlv(const QString &id, const QString &value)
{
    return id + QStringLiteral("%1").arg(value.toUcs4().size(), 2, 10, QLatin1Char('0')) + value;
}

// A dynamic code of a Teahouse merchant, as the provider writes it.
QString teahouseCode(const QString &amount)
{
    QString s =
        tlv(QStringLiteral("00"), QStringLiteral("01")) +
        tlv(QStringLiteral("01"), QStringLiteral("12")) +
        tlv(QStringLiteral("26"), tlv(QStringLiteral("00"), QStringLiteral("org.teahouse.pay")) +
                                      tlv(QStringLiteral("01"), QStringLiteral("cafe@localhost"))) +
        tlv(QStringLiteral("52"), QStringLiteral("5814")) +
        tlv(QStringLiteral("53"), QStringLiteral("156"));
    if (!amount.isEmpty())
        s += tlv(QStringLiteral("54"), amount);
    s += tlv(QStringLiteral("58"), QStringLiteral("CN")) +
         tlv(QStringLiteral("59"), QStringLiteral("Teahouse Cafe")) +
         tlv(QStringLiteral("60"), QStringLiteral("Hangzhou")) +
         tlv(QStringLiteral("62"), tlv(QStringLiteral("01"), QStringLiteral("CAFE-0001"))) +
         tlv(QStringLiteral("64"), tlv(QStringLiteral("00"), QStringLiteral("ZH")) +
                                       tlv(QStringLiteral("01"), QStringLiteral("茶馆咖啡"))) +
         QStringLiteral("6304");
    return s + qr::EmvcoPayload::crcFor(s);
}

// Records which (context, text, n) the code asks to translate, and answers with a marker: the
// contexts must be the ones lupdate writes (the class names), or nothing is ever translated.
class RecordingTranslator : public QTranslator
{
public:
    struct Ask
    {
        QString context;
        QString text;
        int n;
    };
    QList<Ask> asked;

    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        const_cast<RecordingTranslator *>(this)->asked.append(
            {QString::fromUtf8(context), QString::fromUtf8(sourceText), n});
        return QStringLiteral("译:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPayCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money()
    {
        QCOMPARE(Money::parse(u"12.5", QStringLiteral("CNY"))->minor, 1250);
        QCOMPARE(Money::parse(u"12.50", QStringLiteral("CNY"))->amountText(),
                 QStringLiteral("12.50"));
        QCOMPARE(Money::parse(u"3", QStringLiteral("CNY"))->display(), QStringLiteral("¥3.00"));
        QCOMPARE(Money::parse(u"300", QStringLiteral("JPY"))->minor, 300);
        QCOMPARE((Money{-205, QStringLiteral("EUR")}).display(), QStringLiteral("-€2.05"));
        QCOMPARE((Money{5, QStringLiteral("CHF")}).display(), QStringLiteral("CHF 0.05"));
        for (const char16_t *bad :
             {u"", u"-1", u"1e3", u"1,5", u"1.234", u".5", u"5.", u"abc", u"1234567890123"})
            QVERIFY2(!Money::parse(bad, QStringLiteral("CNY")).ok(),
                     qPrintable(QString::fromUtf16(bad)));
        QVERIFY(!Money::parse(u"1.5", QStringLiteral("JPY")).ok());
    }

    void requestFromEmvco()
    {
        auto r = PaymentRequest::fromText(teahouseCode(QStringLiteral("18.00")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->source, PaymentRequest::Source::Emvco);
        QCOMPARE(r->payee, QStringLiteral("xmpp:cafe@localhost"));
        QCOMPARE(r->payeeName, QStringLiteral("茶馆咖啡 (Teahouse Cafe)"));
        QCOMPARE(r->amount, QStringLiteral("18.00"));
        QVERIFY(r->amountFixed());
        QCOMPARE(r->currency, QStringLiteral("CNY"));
        QCOMPARE(r->reference, QStringLiteral("CAFE-0001"));
        QVERIFY(r->dynamic);

        auto open = PaymentRequest::fromText(teahouseCode(QString()));
        QVERIFY(open.ok());
        QVERIFY(!open->amountFixed());

        // A broken CRC pays nothing.
        QString broken = teahouseCode(QStringLiteral("18.00"));
        broken[broken.size() - 1] = broken.endsWith(u'0') ? u'1' : u'0';
        QVERIFY(!PaymentRequest::fromText(broken).ok());
        // An altered amount with the old CRC is refused too.
        QString altered = teahouseCode(QStringLiteral("18.00"));
        altered.replace(QStringLiteral("540518.00"), QStringLiteral("540511.00"));
        QVERIFY(!PaymentRequest::fromText(altered).ok());
    }

    void requestFromOtherCodes()
    {
        // EPC069-12 example (version 002, no BIC).
        auto epc = PaymentRequest::fromText(QStringLiteral(
            "BCD\n002\n1\nSCT\n\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3\nGDDS\n"
            "RF18539007547034\n\n"));
        QVERIFY2(epc.ok(), qPrintable(epc.ok() ? QString() : epc.error().message));
        QCOMPARE(epc->payee, QStringLiteral("iban:DE71110220330123456789"));
        QCOMPARE(epc->amount, QStringLiteral("12.30"));
        QCOMPARE(epc->currency, QStringLiteral("EUR"));

        auto payto = PaymentRequest::fromText(
            QStringLiteral("payto://iban/DE75512108001245126199?amount=EUR:200.0&message=hello"));
        QVERIFY(payto.ok());
        QCOMPARE(payto->payee, QStringLiteral("iban:DE75512108001245126199"));
        QCOMPARE(payto->amount, QStringLiteral("200.00"));
        QCOMPARE(payto->note, QStringLiteral("hello"));

        const QString link =
            protocol::paymentLink(Jid::parse(u"lihua@localhost"), QStringLiteral("5.5"),
                                  QStringLiteral("CNY"), QStringLiteral("tea & cake"));
        auto fromLink = PaymentRequest::fromText(link);
        QVERIFY2(fromLink.ok(), qPrintable(link));
        QCOMPARE(fromLink->payee, QStringLiteral("xmpp:lihua@localhost"));
        QCOMPARE(fromLink->amount, QStringLiteral("5.50"));
        QCOMPARE(fromLink->note, QStringLiteral("tea & cake"));

        QVERIFY(!PaymentRequest::fromText(QStringLiteral("xmpp:lihua@localhost?message")).ok());
        QVERIFY(!PaymentRequest::fromText(QStringLiteral("hello")).ok());
        auto wechat = PaymentRequest::fromText(QStringLiteral("wxp://f2f0abcdef"));
        QVERIFY(!wechat.ok());
    }

    void pinLockoutSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-21T10:00:00Z"), Qt::ISODate);
        auto clock = [&now] {
            return now;
        };
        {
            auto db = storage::Database::open(path, test::fixedKey(1), PayStore::migrations());
            QVERIFY(db.ok());
            PaymentPin pin(db.value(), clock);
            pin.setCost(10);
            QCOMPARE(pin.verify(QStringLiteral("135790")).error().code, Error::Code::NotFound);
            QVERIFY(!pin.set(QStringLiteral("123456")).ok()); // a run
            QVERIFY(!pin.set(QStringLiteral("111111")).ok());
            QVERIFY(!pin.set(QStringLiteral("12345")).ok());
            QVERIFY(pin.set(QStringLiteral("135790")).ok());
            QCOMPARE(pin.set(QStringLiteral("246801")).error().code, Error::Code::Conflict);
            QVERIFY(pin.verify(QStringLiteral("135790")).ok());
            for (int i = 1; i <= 3; ++i) {
                const Status s = pin.verify(QStringLiteral("000001"));
                QCOMPARE(s.error().code, Error::Code::Authentication);
                QCOMPARE(pin.state()->triesLeft(), PaymentPin::kMaxTries - i);
            }
            // A right PIN resets the count.
            QVERIFY(pin.verify(QStringLiteral("135790")).ok());
            QCOMPARE(pin.state()->failures, 0);
            for (int i = 1; i <= 4; ++i)
                QCOMPARE(pin.verify(QStringLiteral("000001")).error().code,
                         Error::Code::Authentication);
        }
        {
            // The app restarts: the fifth wrong PIN still locks.
            auto db = storage::Database::open(path, test::fixedKey(1), PayStore::migrations());
            QVERIFY(db.ok());
            PaymentPin pin(db.value(), clock);
            QCOMPARE(pin.state()->failures, 4);
            QCOMPARE(pin.verify(QStringLiteral("000001")).error().code,
                     Error::Code::PolicyViolation);
            QVERIFY(pin.isLocked());
            // Even the right PIN is refused while locked.
            QCOMPARE(pin.verify(QStringLiteral("135790")).error().code,
                     Error::Code::PolicyViolation);
        }
        {
            auto db = storage::Database::open(path, test::fixedKey(1), PayStore::migrations());
            PaymentPin pin(db.value(), clock);
            QVERIFY(pin.isLocked());
            now = now.addSecs(14 * 60);
            QVERIFY(pin.isLocked());
            now = now.addSecs(61);
            QVERIFY(!pin.isLocked());
            QVERIFY(pin.verify(QStringLiteral("135790")).ok());
            // Change: the old PIN is checked; the new one replaces it.
            QVERIFY(!pin.change(QStringLiteral("000001"), QStringLiteral("246810")).ok());
            QVERIFY(pin.change(QStringLiteral("135790"), QStringLiteral("246810")).ok());
            QVERIFY(!pin.verify(QStringLiteral("135790")).ok());
            QVERIFY(pin.verify(QStringLiteral("246810")).ok());
        }
        // The PIN itself is nowhere in the files (the database is encrypted anyway).
        QVERIFY(test::filesContaining(dir.path(), QByteArrayLiteral("246810")).isEmpty());
    }

    void messagesUseTheirClassContext()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("t.db")), test::fixedKey(2),
                                          PayStore::migrations());
        QVERIFY(db.ok());
        PaymentPin pin(db.value());
        pin.setCost(10);
        QVERIFY(pin.set(QStringLiteral("135790")).ok());
        RecordingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Status wrong = pin.verify(QStringLiteral("000001"));
        auto notPayment = PaymentRequest::fromText(QStringLiteral("hello"));
        QCoreApplication::removeTranslator(&translator);

        // A plural: the count goes to the translator, which picks the form ("%n tries left").
        QVERIFY(std::any_of(translator.asked.cbegin(), translator.asked.cend(), [](const auto &a) {
            return a.context == u"teahouse::pay::PaymentPin" &&
                   a.text == u"Wrong PIN. %n tries left." && a.n == 4;
        }));
        QVERIFY2(wrong.error().message.startsWith(u"译:"), qPrintable(wrong.error().message));
        QVERIFY(std::any_of(translator.asked.cbegin(), translator.asked.cend(), [](const auto &a) {
            return a.context == u"teahouse::pay::PaymentRequest";
        }));
        QVERIFY(notPayment.error().message.startsWith(u"译:"));
        // Without a translator: the count in the English text.
        QCOMPARE(pin.verify(QStringLiteral("000002")).error().message,
                 QStringLiteral("Wrong PIN. 3 tries left."));
    }

    void refundsAreKept()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("r.db")), test::fixedKey(2),
                                          PayStore::migrations());
        QVERIFY(db.ok());
        PayStore store(db.value());
        QVERIFY(!store.refund(QStringLiteral("T1"))->has_value());
        PayStore::Refund r;
        r.transactionId = QStringLiteral("T1");
        r.state = QStringLiteral("requested");
        r.reason = QStringLiteral("蛋糕卖完了");
        r.updated = QDateTime::fromString(QStringLiteral("2026-11-21T10:00:00Z"), Qt::ISODate);
        QVERIFY(store.saveRefund(r).ok());
        r.state = QStringLiteral("refunded");
        r.refundTransactionId = QStringLiteral("T2");
        QVERIFY(store.saveRefund(r).ok());
        const auto back = store.refund(QStringLiteral("T1"));
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->state, QStringLiteral("refunded"));
        QCOMPARE((*back)->reason, QStringLiteral("蛋糕卖完了"));
        QCOMPARE((*back)->refundTransactionId, QStringLiteral("T2"));
        QCOMPARE((*back)->updated, r.updated);
    }

    void storeReceiptsAndFilters()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("a.db")), test::fixedKey(2),
                                          PayStore::migrations());
        QVERIFY(db.ok());
        PayStore store(db.value());
        const QDateTime nov = QDateTime(QDate(2026, 11, 3), QTime(12, 0));
        const QDateTime oct = QDateTime(QDate(2026, 10, 20), QTime(12, 0));
        auto receipt = [](QString id, QDateTime t, qint64 minor, QString name, QString note) {
            Receipt r;
            r.transactionId = id;
            r.time = t;
            r.kind = minor < 0 ? QStringLiteral("payment") : QStringLiteral("income");
            r.counterparty = QStringLiteral("xmpp:x@localhost");
            r.counterpartyName = name;
            r.amount = Money{minor, QStringLiteral("CNY")};
            r.note = note;
            return r;
        };
        QVERIFY(store
                    .saveReceipt(receipt(QStringLiteral("T1"), nov, -1800,
                                         QStringLiteral("茶馆咖啡"), QStringLiteral("Latte")))
                    .ok());
        QVERIFY(store
                    .saveReceipt(receipt(QStringLiteral("T2"), oct, -200,
                                         QStringLiteral("City Bus"), QString()))
                    .ok());
        QVERIFY(store
                    .saveReceipt(receipt(QStringLiteral("T3"), nov.addDays(1), 5000,
                                         QStringLiteral("Zhang Wei"), QStringLiteral("dinner")))
                    .ok());
        QCOMPARE(store.receipts()->size(), 3);
        QCOMPARE(store.receipts()->first().transactionId, QStringLiteral("T3"));
        ReceiptFilter f;
        f.direction = ReceiptFilter::Direction::Expense;
        QCOMPARE(store.receipts(f)->size(), 2);
        f.month = QStringLiteral("2026-11");
        QCOMPARE(store.receipts(f)->size(), 1);
        f = {};
        f.search = QStringLiteral("咖啡");
        QCOMPARE(store.receipts(f)->size(), 1);
        f.search = QStringLiteral("DINNER");
        QCOMPARE(store.receipts(f)->value(0).transactionId, QStringLiteral("T3"));
        QCOMPARE(store.receipt(QStringLiteral("T2"))->value().amount.minor, -200);
        // Replacing by transaction id (a statement synced twice) keeps one row.
        QVERIFY(store
                    .saveReceipt(receipt(QStringLiteral("T2"), oct, -200,
                                         QStringLiteral("City Bus"), QStringLiteral("line 7")))
                    .ok());
        QCOMPARE(store.receipts()->size(), 3);
    }

    void transferElement()
    {
        TransferOffer t;
        t.id = QStringLiteral("X1");
        t.amount = Money{520, QStringLiteral("CNY")};
        t.service = Jid::parse(u"pay@localhost/provider");
        t.note = QStringLiteral("奶茶");
        const xmpp::Element m = t.toMessage(Jid::parse(u"zhangwei@localhost"));
        QCOMPARE(m.attribute(u"type"), QStringLiteral("chat"));
        QVERIFY(!m.childText(u"body").isEmpty());
        auto back = TransferOffer::fromElement(*m.findChild(u"transfer", protocol::kNamespace));
        QVERIFY(back.ok());
        QCOMPARE(back->amount, t.amount);
        QCOMPARE(back->service, t.service);
        QCOMPARE(back->note, t.note);
        QCOMPARE(back->state, TransferOffer::State::Offered);
        // An offer of nothing, or without a service, is not a transfer.
        xmpp::Element bad = t.toElement();
        bad.setAttribute(QStringLiteral("amount"), QStringLiteral("0"));
        QVERIFY(!TransferOffer::fromElement(bad).ok());
        bad = t.toElement();
        bad.removeAttribute(u"service");
        QVERIFY(!TransferOffer::fromElement(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestPayCore)
#include "tst_pay_core.moc"

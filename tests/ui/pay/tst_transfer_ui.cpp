// Transfers and refunds on screen, in the app as it is built (AppContext with the real chat and
// pay features), signed in with an account file whose "settings" name the payment service
// (wallet@localhost: without the setting the app would use pay@localhost and find no service).
// Li Hua sends money from the chat's "+" menu (amount, note, PIN) and the card appears in the
// chat; Zhang Wei — a headless client with the same services — accepts it; his transfer to her
// is accepted from the card; a café payment is refunded from its receipt. Screenshots in
// English, Chinese and care mode 200% go to <build>/test-screenshots/transfer/.
#include "../../integration/stream/StreamTestSupport.h"
#include "AppContext.h"
#include "PaymentModule.h"
#include "Provider.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "pay/PayController.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "storage/Database.h"
#include "storage/MemorySecretBackend.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;

namespace {

const QString kPin = QStringLiteral("135790");
const QString kService = QStringLiteral("wallet@localhost");

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Zhang Wei without a window: stream, chat and pay on an encrypted store, as the app wires them.
struct Friend
{
    Friend(const test::TestServer &server, const QString &dir)
        : tracker(&stream)
    {
        const xmpp::StreamSettings settings =
            test::streamSettingsFor(server, QStringLiteral("zhangwei"), QStringLiteral("pw"));
        stream.setSettings(settings);
        auto opened =
            storage::Database::open(dir + QStringLiteral("/zhangwei.db"), test::fixedKey(4));
        db.emplace(std::move(opened).value());
        chat = std::make_unique<chat::ChatService>(settings.jid, *db,
                                                   dir + QStringLiteral("/zhangwei-media"));
        chat->registerCardKind(QStringLiteral("transfer"), QStringLiteral("transfer"),
                               pay::protocol::kNamespace.toString());
        chat->bindChannel(&stream, &tracker, server.caCertificates());
        pay = std::make_unique<pay::PayService>(*db);
        (void)pay->open();
        pay->pin().setCost(10);
        (void)pay->pin().set(kPin);
        pay->setServiceJid(Jid::parse(kService));
        pay->setTracker(&tracker);
        pay->setCardSender([this](const Jid &peer, const xmpp::Element &t, const QString &text) {
            return chat->sendCard(peer.bareString(), QStringLiteral("transfer"), t, text).ok();
        });
        QObject::connect(&stream, &xmpp::StanzaChannel::sessionStarted, &stream,
                         [this](bool resumed) {
                             if (!resumed)
                                 stream.sendStanza(test::presence());
                         });
    }
    ~Friend()
    {
        pay.reset();
        chat.reset();
        stream.disconnectFromServer();
    }

    xmpp::Stream stream;
    xmpp::IqTracker tracker;
    std::optional<storage::Database> db;
    std::unique_ptr<chat::ChatService> chat;
    std::unique_ptr<pay::PayService> pay;
};

} // namespace

class TestTransferUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    QTemporaryDir m_providerDir;
    QTemporaryDir m_friendDir;
    std::unique_ptr<provider::Provider> m_provider;
    std::unique_ptr<Friend> m_friend;
    std::unique_ptr<QTemporaryDir> m_profile;
    storage::MemorySecretBackend m_noKeychain;
    std::unique_ptr<AccountCoordinator> m_coordinator;
    std::unique_ptr<AppContext> m_app;
    XmppSessionController *m_session = nullptr;
    QString m_shotDir;
    const QString lihua = QStringLiteral("lihua@localhost");
    const QString zhangwei = QStringLiteral("zhangwei@localhost");

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }
    ui::PayController *pay() const
    {
        return qobject_cast<ui::PayController *>(
            m_app->features().controller(QStringLiteral("pay")));
    }
    provider::Ledger &ledger()
    {
        return m_provider->module<provider::PaymentModule>(QStringLiteral("payment"))->ledger();
    }
    qint64 balance(const QString &account)
    {
        auto b = ledger().balance(account);
        return b.ok() && b.value() ? b.value()->minor : -1;
    }
    QString text(const QString &name) const
    {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QString();
    }

    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            window()->update();
            frame.wait(1000);
        }
    }
    // English, then Chinese and care mode at 200 %: the same screen in each.
    void shots(const QString &name)
    {
        struct Variant
        {
            const char *language;
            bool care;
            int scale;
            const char *tag;
        };
        ui::Preferences &prefs = m_app->preferences();
        for (const Variant &v :
             {Variant{"en", false, 100, "en"}, Variant{"zh_CN", false, 100, "zh"},
              Variant{"en", true, 200, "care"}}) {
            prefs.overrideLanguage(QString::fromLatin1(v.language));
            prefs.overrideCareMode(v.care);
            prefs.overrideScalePercent(v.scale);
            settle();
            settle(); // cards and layouts that follow a resize
            const QString path = m_shotDir + u'/' + name + u'-' + QString::fromLatin1(v.tag) +
                                 QStringLiteral(".png");
            QVERIFY2(window()->grabWindow().save(path), qPrintable(path));
        }
        prefs.overrideLanguage(QStringLiteral("en"));
        prefs.overrideCareMode(false);
        prefs.overrideScalePercent(100);
        settle();
    }
    void click(const QString &name)
    {
        settle();
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(name));
        const QPoint centre =
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre);
    }
    void typePin()
    {
        for (QChar d : kPin)
            click(QStringLiteral("pay.pin.key") + d);
    }
    // The newest transfer card in the open chat.
    QQuickItem *lastCard() const
    {
        QList<QQuickItem *> found;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *i) {
            if (i->objectName() == u"pay.transfer.card" && i->isVisible())
                found.append(i);
            for (QQuickItem *c : i->childItems())
                walk(c);
        };
        walk(window()->contentItem());
        std::sort(found.begin(), found.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene(QPointF()).y() < b->mapToScene(QPointF()).y();
        });
        return found.isEmpty() ? nullptr : found.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shotDir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/transfer");
        QDir().mkpath(m_shotDir);
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *u : {"lihua", "zhangwei", "wallet", "cafe"})
            QVERIFY(m_server->addUser(QString::fromLatin1(u), QStringLiteral("pw")).ok());

        provider::ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_providerDir.path();
        config.accounts = {
            {kService, QStringLiteral("pw"), {QStringLiteral("payment")}},
            {QStringLiteral("cafe@localhost"), QStringLiteral("pw"), {QStringLiteral("merchant")}}};
        config.modules.insert(QStringLiteral("payment"),
                              QJsonObject{{QStringLiteral("balances"),
                                           QJsonObject{{lihua, QStringLiteral("200.00")},
                                                       {zhangwei, QStringLiteral("100.00")}}}});
        m_provider =
            std::make_unique<provider::Provider>(config, provider::ModuleRegistry::builtIn());
        QVERIFY(m_provider->setUp().ok());
        m_provider->connectAll();
        QVERIFY(QTest::qWaitFor([&] { return m_provider->allOnline(); }, 20000));

        m_friend = std::make_unique<Friend>(*m_server, m_friendDir.path());
        m_friend->stream.connectToServer();
        QVERIFY(test::waitOnline(m_friend->stream));

        m_noKeychain.setAvailable(false);
        m_profile = std::make_unique<QTemporaryDir>();
        m_coordinator = std::make_unique<AccountCoordinator>(
            m_profile->path(), AppContext::settingsFileIn(m_profile->path()), m_noKeychain,
            QStringLiteral("a passphrase for the transfer test"));
        AppContext::Controllers controllers;
        auto session = std::make_unique<XmppSessionController>(*m_coordinator);
        m_session = session.get();
        controllers.session = std::move(session);
        controllers.unlock = std::make_unique<KeyStoreUnlockController>(*m_coordinator);
        controllers.features = &makeFeatures;
        controllers.account = &m_coordinator->session();
        CommandLineOptions options;
        options.profileDir = m_profile->path();
        options.language = QStringLiteral("en");
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        window()->resize(1280, 860);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        // "Would you like larger text?" is asked once at an interactive start: not now.
        m_app->preferences().answerCareModeOffer(false);

        // The account file as the demo writes it, with the payment service in "settings".
        const QString accountFile = m_profile->filePath(QStringLiteral("account.json"));
        {
            QFile f(accountFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QJsonDocument(QJsonObject{{QStringLiteral("jid"), lihua},
                                          {QStringLiteral("password"), QStringLiteral("pw")},
                                          {QStringLiteral("host"), m_server->host()},
                                          {QStringLiteral("port"), int(m_server->c2sPort())},
                                          {QStringLiteral("caFile"), m_server->caPath()},
                                          {QStringLiteral("settings"),
                                           QJsonObject{{QStringLiteral("pay.service"), kService}}}})
                    .toJson());
        }
        auto preset = AccountCoordinator::readAccountFile(accountFile);
        QVERIFY2(preset.ok(), qPrintable(preset.ok() ? QString() : preset.error().message));
        m_coordinator->resume(preset.value());
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return m_session->state() == ui::SessionController::State::Online; }, 30000),
            qPrintable(m_session->errorDetail()));
        QVERIFY(pay());
        QCOMPARE(pay()->serviceJid(), kService);
        QVERIFY(QTest::qWaitFor([&] { return pay()->isReady() && pay()->isOnline(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return pay()->hasBalance(); }, 10000));
        QCOMPARE(pay()->balanceText(), QStringLiteral("¥200.00"));
        QVERIFY(pay()->setPin(kPin, kPin));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_coordinator.reset();
        m_friend.reset();
        m_provider.reset();
        m_server.reset();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window()) {
            const QString path = m_shotDir + QStringLiteral("/failed-") +
                                 QString::fromLatin1(QTest::currentTestFunction()) +
                                 QStringLiteral(".png");
            window()->grabWindow().save(path);
            qWarning("screenshot of the failure: %s", qPrintable(path));
        }
    }

    void transferFromTheChat()
    {
        m_app->navigation().openChat(zhangwei);
        QTRY_VERIFY(item(QStringLiteral("chat.more")));
        click(QStringLiteral("chat.more"));
        QTRY_VERIFY(item(QStringLiteral("chat.more.transfer")));
        shots(QStringLiteral("01-chat-plus-menu"));
        click(QStringLiteral("chat.more.transfer"));

        // The transfer page: to Zhang Wei, amount typed, a note.
        QTRY_COMPARE(m_app->navigation().section(), ui::Navigation::Section::Wallet);
        QTRY_VERIFY(item(QStringLiteral("pay.confirm.amountInput")));
        QVERIFY(pay()->isTransfer());
        QCOMPARE(pay()->transferPeer(), zhangwei);
        QVERIFY(item(QStringLiteral("pay.confirm.transferHint")));
        item(QStringLiteral("pay.confirm.amountInput"))
            ->setProperty("text", QStringLiteral("8.80"));
        item(QStringLiteral("pay.confirm.note"))->setProperty("text", QStringLiteral("Milk tea"));
        shots(QStringLiteral("02-transfer-confirm"));
        click(QStringLiteral("pay.confirm.pay"));
        QTRY_COMPARE(pay()->stage(), ui::PayController::Stage::Pin);
        QVERIFY2(text(QStringLiteral("pay.pin.summary")).startsWith(u"Send ¥8.80 to "),
                 qPrintable(text(QStringLiteral("pay.pin.summary"))));
        const qint64 before = balance(lihua);
        typePin();
        QTRY_VERIFY_WITH_TIMEOUT(pay()->stage() == ui::PayController::Stage::Result, 15000);
        QCOMPARE(pay()->resultState(), QStringLiteral("paid"));
        QCOMPARE(balance(lihua), before - 880);
        QCOMPARE(text(QStringLiteral("pay.result.title")), QStringLiteral("Transfer sent"));
        shots(QStringLiteral("03-transfer-sent"));

        // Back in the chat: the card, waiting for Zhang Wei.
        click(QStringLiteral("pay.result.done"));
        QTRY_COMPARE(m_app->navigation().section(), ui::Navigation::Section::Chats);
        QTRY_VERIFY(lastCard());
        QCOMPARE(lastCard()->property("incoming").toBool(), false);
        QCOMPARE(lastCard()->property("state_").toString(), QStringLiteral("offered"));
        QTRY_COMPARE(text(QStringLiteral("pay.transfer.amount")), QStringLiteral("¥8.80"));

        // Zhang Wei's side: the card and the transfer; he accepts.
        QString id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto all = m_friend->pay->store().transfers();
                if (!all.ok() || all->isEmpty())
                    return false;
                id = all->first().id;
                return true;
            },
            10000));
        std::optional<Status> accepted;
        m_friend->pay->acceptTransfer(id, [&](const Status &s) { accepted = s; });
        QVERIFY(QTest::qWaitFor([&] { return accepted.has_value(); }, 10000));
        QVERIFY(accepted->ok());
        QCOMPARE(balance(zhangwei), 100 * 100 + 880);
        // Li Hua's card follows; the answer is a card too.
        QTRY_COMPARE_WITH_TIMEOUT(lastCard()->property("state_").toString(),
                                  QStringLiteral("accepted"), 10000);
        QVERIFY(lastCard()->property("answer").toBool());
        shots(QStringLiteral("04-chat-transfer-accepted"));
    }

    void acceptTransferFromTheCard()
    {
        m_app->navigation().openChat(zhangwei);
        std::optional<Result<pay::PaymentOrder>> sent;
        m_friend->pay->sendTransfer(
            Jid::parse(lihua), QStringLiteral("66.00"), QStringLiteral("生日快乐"), kPin,
            [&](const auto &r) { sent = r; }, QStringLiteral("张伟"));
        QVERIFY(QTest::qWaitFor([&] { return sent.has_value(); }, 10000));
        QVERIFY(sent->ok());
        QCOMPARE((*sent)->state, pay::PaymentOrder::State::Paid);
        QTRY_VERIFY_WITH_TIMEOUT(lastCard() && lastCard()->property("incoming").toBool(), 10000);
        QTRY_VERIFY(item(QStringLiteral("pay.transfer.accept")));
        shots(QStringLiteral("05-chat-transfer-offered"));
        const qint64 before = balance(lihua);
        click(QStringLiteral("pay.transfer.accept"));
        QTRY_VERIFY_WITH_TIMEOUT(balance(lihua) == before + 6600, 10000);
        // The card says so, and the wallet shows the money.
        QTRY_VERIFY_WITH_TIMEOUT(!item(QStringLiteral("pay.transfer.accept")), 10000);
        const QString received = pay::Money{before + 6600, QStringLiteral("CNY")}.display();
        QTRY_COMPARE_WITH_TIMEOUT(pay()->balanceText(), received, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto t = m_friend->pay->store().transfer((*sent)->transferId);
                return t.ok() && t->has_value() &&
                       (*t)->state == pay::TransferOffer::State::Accepted;
            }(),
            10000);
        shots(QStringLiteral("06-chat-transfer-received"));
    }

    void refundFromTheReceipt()
    {
        // A café payment, then its receipt in the wallet.
        QVERIFY(pay()->beginPayment(
            pay::protocol::paymentLink(Jid::parse(u"cafe@localhost"), QStringLiteral("25.00"),
                                       QStringLiteral("CNY"), QStringLiteral("Cake"))));
        QVERIFY(pay()->confirm(QString(), QString()));
        const qint64 before = balance(lihua);
        typePin();
        QTRY_VERIFY_WITH_TIMEOUT(pay()->stage() == ui::PayController::Stage::Result, 15000);
        QCOMPARE(balance(lihua), before - 2500);
        const QString tx = pay()->resultTransactionId();
        click(QStringLiteral("pay.result.done"));
        QTRY_VERIFY(item(QStringLiteral("wallet.bill.0")));
        QTRY_COMPARE(pay()->bills()->data(pay()->bills()->index(0), Qt::UserRole + 1).toString(),
                     tx);
        click(QStringLiteral("wallet.bill.0"));
        QTRY_VERIFY(item(QStringLiteral("pay.receipt.refund")));
        shots(QStringLiteral("07-receipt"));

        click(QStringLiteral("pay.receipt.refund"));
        QTRY_VERIFY(item(QStringLiteral("pay.refund.send")));
        QVERIFY(text(QStringLiteral("pay.refund.summary")).contains(u"¥25.00"));
        item(QStringLiteral("pay.refund.reason"))
            ->setProperty("text", QStringLiteral("The cake was sold out"));
        shots(QStringLiteral("08-refund-request"));
        click(QStringLiteral("pay.refund.send"));
        QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("pay.receipt.refundState")), 10000);
        QVERIFY(text(QStringLiteral("pay.receipt.refundState")).startsWith(u"Refunded"));
        QCOMPARE(balance(lihua), before);
        QVERIFY(!item(QStringLiteral("pay.receipt.refund")));
        const QString restored = pay::Money{before, QStringLiteral("CNY")}.display();
        QTRY_COMPARE_WITH_TIMEOUT(pay()->balanceText(), restored, 10000);
        shots(QStringLiteral("09-refunded"));
        click(QStringLiteral("pay.receipt.back"));
        // The refund is a bill of its own.
        QTRY_COMPARE(pay()->bills()->data(pay()->bills()->index(0), Qt::UserRole + 3).toString(),
                     QStringLiteral("refund"));
        shots(QStringLiteral("10-wallet-after-refund"));
    }

    void serviceSettingOnScreen()
    {
        m_app->navigation().setSection(ui::Navigation::Section::Wallet);
        click(QStringLiteral("wallet.service"));
        QTRY_VERIFY(item(QStringLiteral("pay.service.address")));
        QCOMPARE(text(QStringLiteral("pay.service.address")), kService);
        shots(QStringLiteral("11-payment-service"));
        item(QStringLiteral("pay.service.address"))
            ->setProperty("text", QStringLiteral("not a jid@"));
        click(QStringLiteral("pay.service.save"));
        QTRY_VERIFY(!pay()->errorText().isEmpty());
        QCOMPARE(pay()->serviceJid(), kService);
        item(QStringLiteral("pay.service.address"))->setProperty("text", kService);
        click(QStringLiteral("pay.service.save"));
        QTRY_VERIFY(!item(QStringLiteral("pay.service.address")));
        QCOMPARE(pay()->serviceJid(), kService);
    }
};

QTEST_MAIN(TestTransferUi)
#include "tst_transfer_ui.moc"

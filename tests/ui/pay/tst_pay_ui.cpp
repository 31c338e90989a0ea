// The pay flow on screen: a merchant's code handed over by the scanner opens the wallet's
// confirmation page; the payee and amount it shows are the ones the payment service books
// after the PIN is typed on the pad; the result page and the wallet follow.
#include "AppContext.h"
#include "Merchant.h"
#include "PaymentModule.h"
#include "Provider.h"
#include "TestServer.h"
#include "UiTestUtils.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "features/PayFeature.h"
#include "pay/PayController.h"
#include "pay/PayService.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "storage/MemorySecretBackend.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;

class TestPayUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    QTemporaryDir m_providerDir;
    std::unique_ptr<provider::Provider> m_provider;
    std::unique_ptr<QTemporaryDir> m_profile;
    storage::MemorySecretBackend m_noKeychain;
    std::unique_ptr<AccountCoordinator> m_coordinator;
    std::unique_ptr<AppContext> m_app;
    XmppSessionController *m_session = nullptr;
    QString m_shotDir;
    test::UiTestUtils m_ui{[this] {
        return m_app ? m_app->window() : nullptr;
    }};

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return m_ui.item(name); }
    ui::PayController *pay() const
    {
        return qobject_cast<ui::PayController *>(
            m_app->features().controller(QStringLiteral("pay")));
    }
    provider::Ledger &ledger()
    {
        return m_provider->module<provider::PaymentModule>(QStringLiteral("payment"))->ledger();
    }

    void settle() { m_ui.settle(); }
    void shot(const QString &name) { QVERIFY2(m_ui.screenshot(m_shotDir, name), m_ui.why()); }
    void click(const QString &name) { QVERIFY2(m_ui.click(name), m_ui.why()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_shotDir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/pay");
        QDir().mkpath(m_shotDir);
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *u : {"lihua", "pay", "cafe"})
            QVERIFY(m_server->addUser(QString::fromLatin1(u), QStringLiteral("pw")).ok());

        provider::ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_providerDir.path();
        config.accounts = {
            {QStringLiteral("pay@localhost"), QStringLiteral("pw"), {QStringLiteral("payment")}},
            {QStringLiteral("cafe@localhost"), QStringLiteral("pw"), {QStringLiteral("merchant")}}};
        config.modules.insert(
            QStringLiteral("payment"),
            QJsonObject{{QStringLiteral("balances"), QJsonObject{{QStringLiteral("lihua@localhost"),
                                                                  QStringLiteral("200.00")}}}});
        m_provider =
            std::make_unique<provider::Provider>(config, provider::ModuleRegistry::builtIn());
        QVERIFY(m_provider->setUp().ok());
        m_provider->connectAll();
        QVERIFY(QTest::qWaitFor([&] { return m_provider->allOnline(); }, 20000));

        m_noKeychain.setAvailable(false);
        m_profile = std::make_unique<QTemporaryDir>();
        m_coordinator = std::make_unique<AccountCoordinator>(
            m_profile->path(), AppContext::settingsFileIn(m_profile->path()), m_noKeychain,
            QStringLiteral("a passphrase for the pay test"));
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

        AccountCoordinator::PresetSignIn preset{
            Jid::parse(u"lihua@localhost"), QStringLiteral("pw"), {}};
        preset.connection.host = m_server->host();
        preset.connection.port = m_server->c2sPort();
        preset.connection.caFile = m_server->caPath();
        m_coordinator->resume(preset);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return m_session->state() == ui::SessionController::State::Online; }, 30000),
            qPrintable(m_session->errorDetail()));
        QVERIFY(pay());
        QVERIFY(QTest::qWaitFor([&] { return pay()->isReady() && pay()->isOnline(); }, 10000));
        // The balance arrives from the service after sign-in.
        QVERIFY(QTest::qWaitFor([&] { return pay()->hasBalance(); }, 10000));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_coordinator.reset();
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

    void walletShowsBalance()
    {
        m_app->navigation().setSection(ui::Navigation::Section::Wallet);
        QTRY_VERIFY(item(QStringLiteral("wallet.balance")));
        QCOMPARE(item(QStringLiteral("wallet.balance"))->property("text").toString(),
                 QStringLiteral("¥200.00"));
        QVERIFY(item(QStringLiteral("wallet.pinMissing"))->isVisible());
        QVERIFY(pay()->setPin(QStringLiteral("135790"), QStringLiteral("135790")));
        shot(QStringLiteral("01-wallet"));
    }

    void confirmationShowsWhatIsBooked()
    {
        const provider::Merchant cafe =
            provider::Merchant::demo(QStringLiteral("localhost")).first();
        m_app->navigation().setSection(ui::Navigation::Section::Chats);
        // What the scanner does with a payment code.
        bool accepted = false;
        QVERIFY(QMetaObject::invokeMethod(pay(), "beginPayment", Q_RETURN_ARG(bool, accepted),
                                          Q_ARG(QString, cafe.emvco(true))));
        QVERIFY(accepted);
        QCOMPARE(m_app->navigation().section(), ui::Navigation::Section::Wallet);
        QTRY_VERIFY(item(QStringLiteral("pay.confirm.payee")) &&
                    item(QStringLiteral("pay.confirm.payee"))->isVisible());
        const QString shownPayee =
            item(QStringLiteral("pay.confirm.payee"))->property("text").toString();
        const QString shownAmount =
            item(QStringLiteral("pay.confirm.amount"))->property("text").toString();
        QCOMPARE(shownPayee, QStringLiteral("茶馆咖啡 (Teahouse Cafe)"));
        QCOMPARE(shownAmount, QStringLiteral("18.00"));
        // The code fixes the amount: no field to type another.
        QVERIFY(!item(QStringLiteral("pay.confirm.amountInput"))->isVisible());
        QVERIFY(item(QStringLiteral("pay.confirm.payeeAddress"))
                    ->property("text")
                    .toString()
                    .contains(u"cafe@localhost"));
        shot(QStringLiteral("02-confirm"));

        click(QStringLiteral("pay.confirm.pay"));
        QTRY_COMPARE(pay()->stage(), ui::PayController::Stage::Pin);
        QTRY_VERIFY(item(QStringLiteral("pay.pin.summary"))->isVisible());
        shot(QStringLiteral("03-pin"));
        const qint64 before = ledger().balance(QStringLiteral("lihua@localhost")).value()->minor;
        for (QChar d : QStringLiteral("135790"))
            click(QStringLiteral("pay.pin.key") + d);
        QTRY_VERIFY_WITH_TIMEOUT(pay()->stage() == ui::PayController::Stage::Result, 15000);
        QCOMPARE(pay()->resultState(), QStringLiteral("paid"));

        // The service booked exactly what the page showed.
        auto booking = ledger().booking(pay()->resultTransactionId());
        QVERIFY(booking.ok() && booking->has_value());
        QCOMPARE((*booking)->payee, QStringLiteral("cafe@localhost"));
        QCOMPARE((*booking)->amount.amountText(), shownAmount);
        QCOMPARE((*booking)->orderId, pay()->resultOrderId());
        QCOMPARE(ledger().accountName((*booking)->payee), cafe.name);
        QCOMPARE(ledger().balance(QStringLiteral("lihua@localhost")).value()->minor, before - 1800);
        settle();
        QCOMPARE(item(QStringLiteral("pay.result.amount"))->property("text").toString(),
                 QStringLiteral("¥18.00"));
        shot(QStringLiteral("04-result"));

        click(QStringLiteral("pay.result.done"));
        QTRY_COMPARE(pay()->stage(), ui::PayController::Stage::Idle);
        QTRY_COMPARE(item(QStringLiteral("wallet.balance"))->property("text").toString(),
                     QStringLiteral("¥182.00"));
        QTRY_VERIFY(pay()->bills()->count() >= 1);
        shot(QStringLiteral("05-wallet-after"));
    }

    void wrongPinsLockOnScreen()
    {
        const provider::Merchant cafe =
            provider::Merchant::demo(QStringLiteral("localhost")).first();
        QVERIFY(pay()->beginPayment(cafe.emvco(false)));
        settle();
        QVERIFY(item(QStringLiteral("pay.confirm.amountInput"))->isVisible());
        QVERIFY(pay()->confirm(QStringLiteral("3.5"), QString()));
        for (int i = 0; i < 5; ++i) {
            for (QChar d : QStringLiteral("000001"))
                click(QStringLiteral("pay.pin.key") + d);
            QTRY_COMPARE(pay()->stage(), ui::PayController::Stage::Pin);
        }
        QVERIFY(pay()->pinLocked());
        QVERIFY(item(QStringLiteral("pay.pin.message"))
                    ->property("text")
                    .toString()
                    .contains(u"locked"));
        shot(QStringLiteral("06-locked"));
        pay()->cancel();
    }
};

QTEST_MAIN(TestPayUi)
#include "tst_pay_ui.moc"

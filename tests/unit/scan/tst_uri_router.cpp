// UriRouter: every kind of code and link goes where issue 8 says — chat, contacts, groups, pay —
// through the features found by key, with a sentence when a feature is absent or the code only
// needs reading; a damaged payment code never reaches the pay flow.
#include "features/FeatureHost.h"
#include "features/UriRouter.h"
#include "qr/QrPayload.h"
#include "shell/Navigation.h"

#include <QSignalSpy>
#include <QtTest>

using teahouse::app::Feature;
using teahouse::app::FeatureHost;
using teahouse::app::UriRouter;
using teahouse::qr::QrPayload;
using teahouse::ui::Navigation;

namespace {

// Stand-ins for the other features' controllers: they record the calls the router makes.
class FakeController : public QObject
{
    Q_OBJECT
public:
    QStringList calls;
    bool answer = true;
    Q_INVOKABLE bool addFriendFromUri(const QString &uri)
    {
        calls << QStringLiteral("addFriendFromUri ") + uri;
        return answer;
    }
    Q_INVOKABLE void joinGroup(const QString &roomJid)
    {
        calls << QStringLiteral("joinGroup ") + roomJid;
    }
    Q_INVOKABLE void beginPayment(const QString &qrText)
    {
        calls << QStringLiteral("beginPayment ") + qrText;
    }
    Q_INVOKABLE bool openServiceUri(const QString &uri)
    {
        calls << QStringLiteral("openServiceUri ") + uri;
        return answer;
    }
    Q_INVOKABLE bool followUri(const QString &uri)
    {
        calls << QStringLiteral("followUri ") + uri;
        return answer;
    }
};

class FakeFeature : public Feature
{
public:
    FakeFeature(QString key, FakeController *controller)
        : m_key(std::move(key))
        , m_c(controller)
    {}
    QString key() const override { return m_key; }
    QObject *controller() override { return m_c; }
    void attach(teahouse::account::AccountSession &) override {}
    void detach() override {}

private:
    QString m_key;
    FakeController *m_c;
};

const QString kEmvco = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");

} // namespace

class TestUriRouter : public QObject
{
    Q_OBJECT

    FakeController m_contacts;
    FakeController m_chat;
    FakeController m_pay;
    FakeController m_services;
    FakeController m_articles;

    std::unique_ptr<FeatureHost> hostWith(const QStringList &keys)
    {
        auto host = std::make_unique<FeatureHost>();
        std::vector<std::unique_ptr<Feature>> features;
        if (keys.contains("contacts"))
            features.push_back(std::make_unique<FakeFeature>("contacts", &m_contacts));
        if (keys.contains("chat"))
            features.push_back(std::make_unique<FakeFeature>("chat", &m_chat));
        if (keys.contains("pay"))
            features.push_back(std::make_unique<FakeFeature>("pay", &m_pay));
        if (keys.contains("services"))
            features.push_back(std::make_unique<FakeFeature>("services", &m_services));
        if (keys.contains("articles"))
            features.push_back(std::make_unique<FakeFeature>("articles", &m_articles));
        host->setFeatures(std::move(features));
        return host;
    }

private Q_SLOTS:
    void init()
    {
        m_contacts.calls.clear();
        m_chat.calls.clear();
        m_pay.calls.clear();
        m_services.calls.clear();
        m_articles.calls.clear();
        m_contacts.answer = true;
    }

    void routes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("call"); // "<feature>: <call>" or "" for none
        QTest::addColumn<QString>("chat"); // Navigation.chatRequested, or ""
        QTest::newRow("message") << "xmpp:zhangwei@localhost?message;body=hi"
                                 << "Send message" << true << ""
                                 << "zhangwei@localhost";
        QTest::newRow("plain address, resource dropped") << "xmpp:zhangwei@localhost/desk"
                                                         << "Send message" << true << ""
                                                         << "zhangwei@localhost";
        QTest::newRow("roster")
            << "xmpp:zhangwei@localhost?roster;name=Zhang%20Wei"
            << "Add friend" << true
            << "contacts: addFriendFromUri xmpp:zhangwei@localhost?roster;name=Zhang%20Wei"
            << "";
        QTest::newRow("join") << "xmpp:tea-lovers@muc.localhost?join;password=x"
                              << "Join group" << true << "chat: joinGroup tea-lovers@muc.localhost"
                              << "";
        QTest::newRow("emvco") << kEmvco << "Pay" << true << "pay: beginPayment " + kEmvco << "";
        QTest::newRow("epc")
            << "BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001616\nEUR5"
            << "Pay" << true
            << "pay: beginPayment BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001616\nEUR5"
            << "";
        QTest::newRow("payto")
            << "payto://iban/DE75512108001245126199?amount=EUR:200.0"
            << "Pay" << true
            << "pay: beginPayment payto://iban/DE75512108001245126199?amount=EUR:200.0"
            << "";
        QTest::newRow("pay link")
            << "xmpp:cafe@pay.localhost?command;node=urn:teahouse:pay:0;amount=12.00"
            << "Pay" << true
            << "pay: beginPayment "
               "xmpp:cafe@pay.localhost?command;node=urn:teahouse:pay:0;amount=12.00"
            << "";
        QTest::newRow("service command")
            << "xmpp:city.localhost?command;node=permits" << "Open service" << true
            << "services: openServiceUri xmpp:city.localhost?command;node=permits" << "";
        QTest::newRow("follow") << "xmpp:pubsub.localhost?pubsub;action=subscribe;node=news"
                                << "Follow" << true
                                << "articles: followUri "
                                   "xmpp:pubsub.localhost?pubsub;action=subscribe;node=news"
                                << "";
        QTest::newRow("wechat pay") << "weixin://wxpay/bizpayurl?pr=abc"
                                    << "" << false << ""
                                    << "";
        QTest::newRow("alipay") << "https://qr.alipay.com/fkx1"
                                << "" << false << ""
                                << "";
        QTest::newRow("web") << "https://teahouse.example/x"
                             << "" << false << ""
                             << "";
        QTest::newRow("text") << "hello"
                              << "" << false << ""
                              << "";
        QString damaged = kEmvco;
        damaged.replace("23.72", "93.72");
        QTest::newRow("damaged emvco") << damaged << "" << false << ""
                                       << "";
    }
    void routes()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(bool, done);
        QFETCH(QString, call);
        QFETCH(QString, chat);
        auto host = hostWith({"contacts", "chat", "pay", "services", "articles"});
        Navigation navigation;
        QSignalSpy chats(&navigation, &Navigation::chatRequested);
        UriRouter router(*host, navigation);
        const QrPayload payload = QrPayload::classify(text);
        const auto plan = router.plan(payload);
        QCOMPARE(plan.label, label);
        QCOMPARE(plan.available, !label.isEmpty());
        QVERIFY(!plan.explanation.isEmpty());
        QString message;
        QCOMPARE(router.perform(payload, &message), done);
        QStringList calls;
        for (const auto &[name, c] :
             {std::pair{"contacts", &m_contacts}, std::pair{"chat", &m_chat},
              std::pair{"pay", &m_pay}, std::pair{"services", &m_services},
              std::pair{"articles", &m_articles}})
            for (const QString &made : c->calls)
                calls << QString::fromLatin1(name) + ": " + made;
        QCOMPARE(calls, call.isEmpty() ? QStringList() : QStringList{call});
        QCOMPARE(chats.size(), chat.isEmpty() ? 0 : 1);
        if (!chat.isEmpty())
            QCOMPARE(chats.first().first().toString(), chat);
        if (!done)
            QVERIFY2(!message.isEmpty(), "what was not done is explained");
    }

    void explanations()
    {
        auto host = hostWith({"contacts", "chat", "pay", "services", "articles"});
        Navigation navigation;
        UriRouter router(*host, navigation);
        auto explain = [&](const QString &text) {
            return router.plan(QrPayload::classify(text)).explanation;
        };
        QVERIFY(explain("weixin://wxpay/bizpayurl?pr=abc").contains("only be paid in WeChat Pay"));
        QVERIFY(explain("https://qr.alipay.com/x").contains("Alipay"));
        QVERIFY(explain("xmpp:city.localhost?command;node=permits").contains("permits"));
        QVERIFY(
            explain("xmpp:pubsub.localhost?pubsub;action=subscribe;node=news").contains("news"));
        QVERIFY(explain("https://teahouse.example/x").contains("browser"));
        QVERIFY(explain("xmpp:localhost?register;preauth=T0K3N").contains("localhost"));
        QString damaged = kEmvco;
        damaged.replace("23.72", "93.72");
        QVERIFY(explain(damaged).contains("checksum"));
    }

    void absentFeatures()
    {
        auto host = hostWith({});
        Navigation navigation;
        UriRouter router(*host, navigation);
        for (const QString &text :
             {kEmvco, QStringLiteral("xmpp:a@localhost?roster"),
              QStringLiteral("xmpp:room@muc.localhost?join"),
              QStringLiteral("xmpp:city.localhost?command;node=permits"),
              QStringLiteral("xmpp:pubsub.localhost?pubsub;action=subscribe;node=news")}) {
            const QrPayload payload = QrPayload::classify(text);
            const auto plan = router.plan(payload);
            QVERIFY(!plan.label.isEmpty());
            QVERIFY(!plan.available);
            QVERIFY2(plan.explanation.contains("not available"), qPrintable(plan.explanation));
            QString message;
            QVERIFY(!router.perform(payload, &message));
            QVERIFY(message.contains("not available"));
        }
        QString message;
        QVERIFY(!router.perform(QrPayload::classify(kEmvco), &message));
        QVERIFY(message.contains("Nothing was paid"));
    }

    void refusedByFeature()
    {
        // The contacts feature says no (not a person's link): the router reports failure.
        auto host = hostWith({"contacts"});
        Navigation navigation;
        UriRouter router(*host, navigation);
        m_contacts.answer = false;
        QString message;
        QVERIFY(!router.perform(QrPayload::classify(QStringLiteral("xmpp:a@localhost?roster")),
                                &message));
        QCOMPARE(m_contacts.calls.size(), 1);
    }

    void linksFromNavigation()
    {
        auto host = hostWith({"contacts", "chat", "pay"});
        Navigation navigation;
        UriRouter router(*host, navigation);
        QVERIFY(router.route(QStringLiteral("xmpp:zhangwei@localhost")));
        QCOMPARE(navigation.section(), Navigation::Section::Chats);
        QVERIFY(router.route(kEmvco));
        QCOMPARE(m_pay.calls.size(), 1);
        // What needs reading first is left to the scan page.
        QVERIFY(!router.route(QStringLiteral("https://teahouse.example/x")));
        // Without City Services a service link is shown on the scan page, explained.
        QVERIFY(!router.route(QStringLiteral("xmpp:city.localhost?command;node=permits")));
        QVERIFY(!router.route(QStringLiteral("payto:broken")));
        QCOMPARE(m_pay.calls.size(), 1);
        // With it, the link opens the service's form at once (a "Pay now" link in a result,
        // a service link in a chat).
        auto withServices = hostWith({"services"});
        UriRouter servicesRouter(*withServices, navigation);
        QVERIFY(servicesRouter.route(QStringLiteral("xmpp:city.localhost?command;node=permits")));
        QCOMPARE(m_services.calls,
                 QStringList{"openServiceUri xmpp:city.localhost?command;node=permits"});
    }
};

QTEST_MAIN(TestUriRouter)
#include "tst_uri_router.moc"

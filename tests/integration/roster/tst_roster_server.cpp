#include "../stream/StreamTestSupport.h"
#include "TestServer.h"
#include "xmpp/InviteUri.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RegistrationManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"
#include "xmpp/Stream.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::xmpp;

// RosterManager and RegistrationManager against Prosody: roster pushes between two devices
// of one account, versioned re-fetch, the friend-request handshake between two Teahouse
// clients, and account creation (open, by invitation, contact invitation), password change
// and account deletion.
class TestRosterServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    // One signed-in device, wired as the app wires it.
    struct Client
    {
        Client(const StreamSettings &settings, RosterCache *sharedCache = nullptr)
            : tracker(&stream)
            , roster(&tracker, sharedCache ? sharedCache : &cache)
            , presence(&stream)
        {
            stream.setSettings(settings);
        }
        ~Client() { stream.disconnectFromServer(); }
        bool signIn()
        {
            QSignalSpy loaded(&roster, &RosterManager::rosterReceived);
            presence.setOwnPresence(PresenceManager::Show::Online);
            stream.connectToServer();
            return waitOnline(stream) && waitFor([&] { return !loaded.isEmpty(); });
        }
        Stream stream;
        IqTracker tracker;
        RosterMemoryCache cache;
        RosterManager roster;
        PresenceManager presence;
    };

    StreamSettings settings(const QString &user, const QString &password,
                            const QString &resource = QStringLiteral("teahouse"))
    {
        StreamSettings s = streamSettingsFor(*m_server, user, password);
        s.resource = resource;
        return s;
    }

    // A stream in registration mode (secured, not signed in) for the fixture's domain.
    bool openForRegistration(Stream &stream)
    {
        StreamSettings s = streamSettingsFor(*m_server, QStringLiteral("anyone"), QString());
        s.jid = Jid::parse(m_server->domain());
        stream.setSettings(s);
        QSignalSpy ready(&stream, &Stream::registrationReady);
        stream.connectForRegistration();
        return waitFor([&] { return !ready.isEmpty(); });
    }

    static Status wait(const std::function<void(RegistrationManager::Callback)> &start)
    {
        std::optional<Status> status;
        start([&](const Status &s) { status = s; });
        if (!waitFor([&] { return status.has_value(); }, 20000))
            return Error::make(Error::Code::Timeout, QStringLiteral("no answer"));
        return *status;
    }

    Status registerAccount(RegistrationManager &registration, const QString &user,
                           const QString &password)
    {
        std::optional<Result<RegistrationForm>> form;
        const Jid domain = Jid::parse(m_server->domain());
        registration.fetchForm(domain, this, [&](const Result<RegistrationForm> &f) { form = f; });
        if (!waitFor([&] { return form.has_value(); }))
            return Error::make(Error::Code::Timeout, QStringLiteral("no form"));
        if (!form->ok())
            return form->error();
        RegistrationForm filled = form->value();
        if (!filled.hasField(u"username") || !filled.hasField(u"password"))
            return Error::make(Error::Code::Protocol, QStringLiteral("unexpected form"));
        filled.setValue(QStringLiteral("username"), user);
        filled.setValue(QStringLiteral("password"), password);
        return wait([&](RegistrationManager::Callback done) {
            registration.submit(domain, filled, this, std::move(done));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("alice"), QStringLiteral("alice pw")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob pw")).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    void rosterPushesBetweenDevices()
    {
        Client phone(
            settings(QStringLiteral("alice"), QStringLiteral("alice pw"), QStringLiteral("phone")));
        Client desk(
            settings(QStringLiteral("alice"), QStringLiteral("alice pw"), QStringLiteral("desk")));
        QVERIFY(phone.signIn());
        QVERIFY(desk.signIn());
        const Jid carol = Jid::parse(m_server->jid(QStringLiteral("carol")));

        // Phone adds, desk hears it.
        QSignalSpy deskChanged(&desk.roster, &RosterManager::itemChanged);
        QVERIFY(wait([&](RegistrationManager::Callback done) {
                    phone.roster.addOrUpdate(carol, QStringLiteral("Carol"),
                                             {QStringLiteral("Friends")}, this, std::move(done));
                }).ok());
        QVERIFY(waitFor([&] { return desk.roster.item(carol).has_value(); }));
        QCOMPARE(desk.roster.item(carol)->name, QStringLiteral("Carol"));
        QCOMPARE(desk.roster.item(carol)->groups, QStringList{QStringLiteral("Friends")});
        QVERIFY(phone.roster.item(carol).has_value()); // the editing device gets the push too
        QVERIFY(!deskChanged.isEmpty());

        // Desk edits, phone hears it.
        QVERIFY(wait([&](RegistrationManager::Callback done) {
                    desk.roster.addOrUpdate(carol, QStringLiteral("卡罗尔"),
                                            {QStringLiteral("茶友"), QStringLiteral("Friends")},
                                            this, std::move(done));
                }).ok());
        QVERIFY(waitFor([&] { return phone.roster.item(carol)->name == u"卡罗尔"; }));
        QStringList groups = phone.roster.item(carol)->groups;
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("Friends"), QStringLiteral("茶友")}));

        // Phone removes, desk hears it.
        QSignalSpy deskRemoved(&desk.roster, &RosterManager::itemRemoved);
        QVERIFY(wait([&](RegistrationManager::Callback done) {
                    phone.roster.remove(carol, this, std::move(done));
                }).ok());
        QVERIFY(waitFor([&] { return !deskRemoved.isEmpty(); }));
        QVERIFY(!desk.roster.item(carol).has_value());
        QVERIFY(!desk.cache.version().isEmpty()); // Prosody versions its rosters
        QCOMPARE(desk.cache.version(), phone.cache.version());
    }

    void versionedRefetch()
    {
        RosterMemoryCache kept; // what the encrypted database keeps between runs
        const Jid dave = Jid::parse(m_server->jid(QStringLiteral("dave")));
        const Jid erin = Jid::parse(m_server->jid(QStringLiteral("erin")));
        QString version;
        {
            Client first(settings(QStringLiteral("alice"), QStringLiteral("alice pw")), &kept);
            QVERIFY(first.signIn());
            QVERIFY(wait([&](RegistrationManager::Callback done) {
                        first.roster.addOrUpdate(dave, QStringLiteral("Dave"), {}, this,
                                                 std::move(done));
                    }).ok());
            QVERIFY(waitFor([&] { return first.roster.item(dave).has_value(); }));
            version = kept.version();
            QVERIFY(!version.isEmpty());
        }
        {
            // Unchanged since: the cached roster is current.
            Client again(settings(QStringLiteral("alice"), QStringLiteral("alice pw")), &kept);
            QVERIFY(again.signIn());
            QVERIFY(again.roster.item(dave).has_value());
            QCOMPARE(kept.version(), version);
            // Changed elsewhere while this device is away.
            Client other(settings(QStringLiteral("alice"), QStringLiteral("alice pw"),
                                  QStringLiteral("other")));
            QVERIFY(other.signIn());
            again.stream.disconnectFromServer();
            QVERIFY(wait([&](RegistrationManager::Callback done) {
                        other.roster.addOrUpdate(erin, QStringLiteral("Erin"), {}, this,
                                                 std::move(done));
                    }).ok());
        }
        Client back(settings(QStringLiteral("alice"), QStringLiteral("alice pw")), &kept);
        QVERIFY(back.signIn());
        QVERIFY(waitFor([&] { return back.roster.item(erin).has_value(); }));
        QVERIFY(back.roster.item(dave).has_value());
        QVERIFY(kept.version() != version);
        QVERIFY(kept.items().size() == back.roster.items().size());
    }

    void friendRequestHandshake()
    {
        QVERIFY(m_server->addUser(QStringLiteral("wang"), QStringLiteral("wang pw")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("li"), QStringLiteral("li pw")).ok());
        Client wang(settings(QStringLiteral("wang"), QStringLiteral("wang pw")));
        Client li(settings(QStringLiteral("li"), QStringLiteral("li pw")));
        QVERIFY(wang.signIn());
        QVERIFY(li.signIn());
        const Jid wangJid = Jid::parse(m_server->jid(QStringLiteral("wang")));
        const Jid liJid = Jid::parse(m_server->jid(QStringLiteral("li")));

        QSignalSpy requested(&li.roster, &RosterManager::subscriptionRequested);
        wang.roster.subscribe(liJid, QStringLiteral("你好，我是小王"));
        QVERIFY(waitFor([&] { return !requested.isEmpty(); }));
        QCOMPARE(li.roster.pendingRequests().size(), 1);
        QCOMPARE(li.roster.pendingRequests()[0].from, wangJid);
        QCOMPARE(li.roster.pendingRequests()[0].message, QStringLiteral("你好，我是小王"));
        // Our request shows as pending on our side.
        QVERIFY(waitFor([&] {
            const auto item = wang.roster.item(liJid);
            return item && item->askSubscribe;
        }));

        QSignalSpy approved(&wang.roster, &RosterManager::subscriptionApproved);
        li.roster.approve(wangJid);
        QVERIFY(waitFor([&] { return !approved.isEmpty(); }));
        QVERIFY(li.roster.pendingRequests().isEmpty());
        QVERIFY(waitFor([&] {
            const auto item = wang.roster.item(liJid);
            return item && item->subscription == RosterItem::Subscription::To;
        }));
        QVERIFY(waitFor([&] {
            const auto item = li.roster.item(wangJid);
            return item && item->subscription == RosterItem::Subscription::From;
        }));
        // Wang now sees Li online.
        QVERIFY(waitFor([&] { return wang.presence.isOnline(liJid); }));
        QVERIFY(!li.presence.isOnline(wangJid));

        // And back: mutual.
        QSignalSpy requestedBack(&wang.roster, &RosterManager::subscriptionRequested);
        li.roster.subscribe(wangJid);
        QVERIFY(waitFor([&] { return !requestedBack.isEmpty(); }));
        wang.roster.approve(liJid);
        QVERIFY(waitFor([&] {
            const auto a = wang.roster.item(liJid);
            const auto b = li.roster.item(wangJid);
            return a && b && a->subscription == RosterItem::Subscription::Both &&
                   b->subscription == RosterItem::Subscription::Both;
        }));
        QVERIFY(waitFor([&] { return li.presence.isOnline(wangJid); }));

        // Li goes away: Wang sees it.
        li.stream.disconnectFromServer();
        QVERIFY(waitFor([&] { return !wang.presence.isOnline(liJid); }));
    }

    void registerOpenAccount()
    {
        Stream stream;
        IqTracker tracker(&stream);
        RegistrationManager registration(&tracker);
        QVERIFY(openForRegistration(stream));
        const Status created =
            registerAccount(registration, QStringLiteral("newbie"), QStringLiteral("新茶 pw"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        stream.authenticateAfterRegistration(Jid::parse(m_server->jid(QStringLiteral("newbie"))),
                                             QStringLiteral("新茶 pw"));
        QVERIFY(waitOnline(stream));
        QCOMPARE(stream.boundJid().bare().toString(), m_server->jid(QStringLiteral("newbie")));
        stream.disconnectFromServer();
    }

    void registerTakenName()
    {
        Stream stream;
        IqTracker tracker(&stream);
        RegistrationManager registration(&tracker);
        QVERIFY(openForRegistration(stream));
        const Status taken =
            registerAccount(registration, QStringLiteral("alice"), QStringLiteral("whatever"));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, Error::Code::Conflict);
        QVERIFY2(taken.error().message.contains(u"already taken"),
                 qPrintable(taken.error().message));
        stream.disconnectFromServer();
        // Alice's password is untouched.
        Client alice(settings(QStringLiteral("alice"), QStringLiteral("alice pw")));
        QVERIFY(alice.signIn());
    }

    void registerWithInvitation()
    {
        const auto uri = m_server->invite();
        QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
        const auto invite = InviteUri::parse(uri.value());
        QVERIFY2(invite.ok(), qPrintable(uri.value()));
        QCOMPARE(invite->action, InviteUri::Action::Register);
        QCOMPARE(invite->server(), m_server->domain());

        Stream stream;
        IqTracker tracker(&stream);
        RegistrationManager registration(&tracker);
        QVERIFY(openForRegistration(stream));
        QVERIFY(stream.streamFeatures().hasChild(u"register", u"urn:xmpp:ibr-token:0"));
        // A wrong token is refused in plain words.
        const Status wrong = wait([&](RegistrationManager::Callback done) {
            registration.sendInvitationToken(Jid::parse(invite->server()),
                                             QStringLiteral("not-a-token"), this, std::move(done));
        });
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(u"invitation is not valid"),
                 qPrintable(wrong.error().message));
        const Status accepted = wait([&](RegistrationManager::Callback done) {
            registration.sendInvitationToken(Jid::parse(invite->server()), invite->preauthToken,
                                             this, std::move(done));
        });
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        const Status created =
            registerAccount(registration, QStringLiteral("invitee"), QStringLiteral("inv pw"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        stream.authenticateAfterRegistration(Jid::parse(m_server->jid(QStringLiteral("invitee"))),
                                             QStringLiteral("inv pw"));
        QVERIFY(waitOnline(stream));
        stream.disconnectFromServer();
    }

    void contactInvitationMakesFriends()
    {
        QVERIFY(m_server->addUser(QStringLiteral("host"), QStringLiteral("host pw")).ok());
        Client inviter(settings(QStringLiteral("host"), QStringLiteral("host pw")));
        QVERIFY(inviter.signIn());
        const auto uri = m_server->invite(QStringLiteral("host"));
        QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
        const auto invite = InviteUri::parse(uri.value());
        QVERIFY2(invite.ok(), qPrintable(uri.value()));
        QCOMPARE(invite->action, InviteUri::Action::Roster);
        QVERIFY(invite->allowsRegistration());
        QCOMPARE(invite->jid.toString(), m_server->jid(QStringLiteral("host")));

        Stream stream;
        IqTracker tracker(&stream);
        RegistrationManager registration(&tracker);
        QVERIFY(openForRegistration(stream));
        QVERIFY(wait([&](RegistrationManager::Callback done) {
                    registration.sendInvitationToken(Jid::parse(invite->server()),
                                                     invite->preauthToken, this, std::move(done));
                }).ok());
        QVERIFY(registerAccount(registration, QStringLiteral("guest"), QStringLiteral("guest pw"))
                    .ok());
        stream.disconnectFromServer();

        // The server made them mutual contacts; the inviter hears it as a roster push.
        const Jid guest = Jid::parse(m_server->jid(QStringLiteral("guest")));
        QVERIFY(waitFor([&] {
            const auto item = inviter.roster.item(guest);
            return item && item->subscription == RosterItem::Subscription::Both;
        }));
        Client newcomer(settings(QStringLiteral("guest"), QStringLiteral("guest pw")));
        QVERIFY(newcomer.signIn());
        const auto item = newcomer.roster.item(invite->jid);
        QVERIFY(item.has_value());
        QCOMPARE(item->subscription, RosterItem::Subscription::Both);
    }

    void changePasswordThenDeleteAccount()
    {
        QVERIFY(m_server->addUser(QStringLiteral("temp"), QStringLiteral("old pw")).ok());
        {
            Client temp(settings(QStringLiteral("temp"), QStringLiteral("old pw")));
            QVERIFY(temp.signIn());
            RegistrationManager registration(&temp.tracker);
            const Status changed = wait([&](RegistrationManager::Callback done) {
                registration.changePassword(QStringLiteral("new pw"), this, std::move(done));
            });
            QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        }
        {
            StreamSettings old = settings(QStringLiteral("temp"), QStringLiteral("old pw"));
            old.autoReconnect = false;
            Stream stream;
            stream.setSettings(old);
            stream.connectToServer();
            QVERIFY(!waitOnline(stream));
            QCOMPARE(stream.lastError().code, Error::Code::Authentication);
        }
        {
            Client temp(settings(QStringLiteral("temp"), QStringLiteral("new pw")));
            QVERIFY(temp.signIn());
            RegistrationManager registration(&temp.tracker);
            const Status removed = wait([&](RegistrationManager::Callback done) {
                registration.cancelAccount(this, std::move(done));
            });
            QVERIFY2(removed.ok(), qPrintable(removed.error().message));
        }
        StreamSettings gone = settings(QStringLiteral("temp"), QStringLiteral("new pw"));
        gone.autoReconnect = false;
        Stream stream;
        stream.setSettings(gone);
        stream.connectToServer();
        QVERIFY(!waitOnline(stream));
        QCOMPARE(stream.lastError().code, Error::Code::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestRosterServer)
#include "tst_roster_server.moc"

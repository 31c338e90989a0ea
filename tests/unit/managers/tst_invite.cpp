#include "xmpp/InviteUri.h"

#include <QtTest>

using namespace teahouse;
using namespace teahouse::xmpp;

class TestInvite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rosterInviteWithRegistration()
    {
        // XEP-0401 §5.1.
        const auto invite =
            InviteUri::parse(u"xmpp:inviter@example.com?roster;preauth=TOKEN;ibr=y");
        QVERIFY(invite.ok());
        QCOMPARE(invite->action, InviteUri::Action::Roster);
        QCOMPARE(invite->jid, Jid::parse(u"inviter@example.com"));
        QCOMPARE(invite->preauthToken, QStringLiteral("TOKEN"));
        QVERIFY(invite->ibr);
        QVERIFY(invite->allowsRegistration());
        QCOMPARE(invite->server(), QStringLiteral("example.com"));
        QVERIFY(invite->presetUsername().isEmpty());
    }

    void registerInvites()
    {
        // XEP-0401 §5.4 / XEP-0445 §2.1 and §2.2.
        const auto named = InviteUri::parse(u"xmpp:juliet@example.com?register;preauth=TOKEN");
        QVERIFY(named.ok());
        QCOMPARE(named->action, InviteUri::Action::Register);
        QCOMPARE(named->presetUsername(), QStringLiteral("juliet"));
        QCOMPARE(named->server(), QStringLiteral("example.com"));
        QVERIFY(named->allowsRegistration());
        const auto open = InviteUri::parse(u"xmpp:example.com?register;preauth=TOKEN");
        QVERIFY(open.ok());
        QVERIFY(open->presetUsername().isEmpty());
        QCOMPARE(open->server(), QStringLiteral("example.com"));
        // ibr only means something on roster links.
        const auto odd = InviteUri::parse(u"xmpp:example.com?register;preauth=T;ibr=y");
        QVERIFY(odd.ok());
        QVERIFY(!odd->ibr);
    }

    void plainRosterInviteDoesNotRegister()
    {
        // XEP-0379 §3.2 example, with '+' for the space in the name.
        const auto invite =
            InviteUri::parse(u"xmpp:romeo@montague.net?roster;preauth=1tMFqYDdKhfe2pwp;"
                             u"name=Romeo+Montague");
        QVERIFY(invite.ok());
        QVERIFY(!invite->ibr);
        QVERIFY(!invite->allowsRegistration());
        QCOMPARE(invite->name, QStringLiteral("Romeo Montague"));
        QCOMPARE(invite->preauthToken, QStringLiteral("1tMFqYDdKhfe2pwp"));
        const auto percent =
            InviteUri::parse(u"xmpp:romeo@montague.net?roster;preauth=1tMFqYDdKhfe2pwp;"
                             u"name=Romeo%20Montague;group=Friends");
        QCOMPARE(percent->name, QStringLiteral("Romeo Montague"));
        QCOMPARE(percent->group, QStringLiteral("Friends"));
    }

    void encodingAndCase()
    {
        const auto invite = InviteUri::parse(
            u"  XMPP:%E8%8C%B6@Example.COM?roster;preauth=a%2Bb%3Bc;unknown=1#fragment ");
        QVERIFY(invite.ok());
        QCOMPARE(invite->jid.toString(), QStringLiteral("茶@example.com"));
        QCOMPARE(invite->preauthToken, QStringLiteral("a+b;c"));
        const auto iri = InviteUri::parse(u"xmpp:茶友@例子.中国?roster;preauth=T");
        QVERIFY(iri.ok());
        QCOMPARE(iri->jid.local(), QStringLiteral("茶友"));
    }

    void roundTrip()
    {
        InviteUri invite;
        invite.action = InviteUri::Action::Roster;
        invite.jid = Jid::parse(u"王小明@example.com");
        invite.preauthToken = QStringLiteral("x;y=z");
        invite.ibr = true;
        invite.name = QStringLiteral("小明 Wang");
        const QString text = invite.toString();
        QVERIFY(text.startsWith(u"xmpp:"));
        const auto again = InviteUri::parse(text);
        QVERIFY2(again.ok(), qPrintable(text));
        QCOMPARE(*again, invite);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("no-token") << "xmpp:romeo@example.com?roster";
        QTest::newRow("empty-token") << "xmpp:romeo@example.com?roster;preauth=";
        QTest::newRow("space-token") << "xmpp:romeo@example.com?roster;preauth=a%20b";
        QTest::newRow("two-tokens") << "xmpp:romeo@example.com?roster;preauth=a;preauth=b";
        QTest::newRow("no-query") << "xmpp:romeo@example.com";
        QTest::newRow("message") << "xmpp:romeo@example.com?message;body=hi;preauth=T";
        QTest::newRow("join") << "xmpp:room@muc.example.com?join;preauth=T";
        QTest::newRow("roster-without-inviter") << "xmpp:example.com?roster;preauth=T";
        QTest::newRow("full-jid") << "xmpp:romeo@example.com/orchard?roster;preauth=T";
        QTest::newRow("no-jid") << "xmpp:?register;preauth=T";
        QTest::newRow("bad-jid") << "xmpp:a@b@c?roster;preauth=T";
        QTest::newRow("https") << "https://example.com/invite/#TOKEN";
        QTest::newRow("authority") << "xmpp://guest@example.com/romeo@example.com?roster;preauth=T";
        QTest::newRow("empty") << "";
        QTest::newRow("huge") << QStringLiteral("xmpp:a@b?roster;preauth=") + QString(5000, u'x');
        QTest::newRow("long-token")
            << QStringLiteral("xmpp:a@b?roster;preauth=") + QString(600, u'x');
    }
    void rejected()
    {
        QFETCH(QString, uri);
        const auto invite = InviteUri::parse(uri);
        QVERIFY(!invite.ok());
        QCOMPARE(invite.error().code, Error::Code::InvalidArgument);
        QVERIFY(!invite.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvite)
#include "tst_invite.moc"

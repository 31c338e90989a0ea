// XmppUri: RFC 5122 / XEP-0147 links from the specs' examples, what each asks the app to do,
// invite links through core/xmpp's InviteUri, and refused links with their messages.
#include "qr/XmppUri.h"

#include <QJsonArray>
#include <QtTest>

using teahouse::Error;
using teahouse::qr::XmppUri;
using Kind = XmppUri::Kind;

Q_DECLARE_METATYPE(XmppUri::Kind)

class TestXmppUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("action");
        QTest::newRow("plain address")
            << "xmpp:romeo@montague.net" << Kind::OpenChat << "romeo@montague.net"
            << "";
        QTest::newRow("message") << "xmpp:romeo@montague.net?message" << Kind::OpenChat
                                 << "romeo@montague.net"
                                 << "message";
        QTest::newRow("roster") << "xmpp:romeo@montague.net?roster" << Kind::AddFriend
                                << "romeo@montague.net"
                                << "roster";
        QTest::newRow("subscribe")
            << "xmpp:romeo@montague.net?subscribe" << Kind::AddFriend << "romeo@montague.net"
            << "subscribe";
        QTest::newRow("join") << "xmpp:darkcave@chat.shakespeare.lit?join" << Kind::JoinGroup
                              << "darkcave@chat.shakespeare.lit"
                              << "join";
        QTest::newRow("command") << "xmpp:pay.teahouse.example?command;node=pay" << Kind::RunCommand
                                 << "pay.teahouse.example"
                                 << "command";
        QTest::newRow("pubsub subscribe")
            << "xmpp:pubsub.shakespeare.lit?pubsub;action=subscribe;node=princely_musings"
            << Kind::FollowAccount << "pubsub.shakespeare.lit"
            << "pubsub";
        QTest::newRow("pubsub unsubscribe")
            << "xmpp:pubsub.shakespeare.lit?pubsub;action=unsubscribe;node=princely_musings"
            << Kind::Unknown << "pubsub.shakespeare.lit"
            << "pubsub";
        QTest::newRow("register") << "xmpp:shakespeare.lit?register" << Kind::Register
                                  << "shakespeare.lit"
                                  << "register";
        QTest::newRow("unknown action")
            << "xmpp:romeo@montague.net?vcard" << Kind::Unknown << "romeo@montague.net"
            << "vcard";
        QTest::newRow("full jid, fragment") << "xmpp:romeo@montague.net/orchard?message#x"
                                            << Kind::OpenChat << "romeo@montague.net/orchard"
                                            << "message";
        QTest::newRow("upper-case scheme")
            << "XMPP:romeo@montague.net" << Kind::OpenChat << "romeo@montague.net"
            << "";
    }
    void kinds()
    {
        QFETCH(QString, uri);
        QFETCH(Kind, kind);
        QFETCH(QString, jid);
        QFETCH(QString, action);
        const auto r = XmppUri::parse(uri);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->jid.toString(), jid);
        QCOMPARE(r->action, action);
        QCOMPARE(r->toJson().value("kind").toString(), XmppUri::kindName(kind));
        QVERIFY(XmppUri::parse(r->toString()).value() == r.value());
    }

    void messageParameters()
    {
        // RFC 5122 §2.5 / XEP-0147 example, with a percent-encoded body.
        const auto r = XmppUri::parse(
            u"xmpp:romeo@montague.net?message;subject=Test%20Message;body=Here%27s%20a%20test"
            u"%20message;thread=b07a;type=chat");
        QVERIFY(r.ok());
        QCOMPARE(r->subject, QStringLiteral("Test Message"));
        QCOMPARE(r->body, QStringLiteral("Here's a test message"));
        QCOMPARE(r->thread, QStringLiteral("b07a"));
        QCOMPARE(r->messageType, QStringLiteral("chat"));
        QCOMPARE(r->params.size(), 4);
    }

    void internationalised()
    {
        // RFC 5122 §2.7: an IRI with raw UTF-8 and its URI form with %-escapes are one link.
        const auto iri = XmppUri::parse(QString::fromUtf8("xmpp:茶馆@例子.cn?message;body=你好"));
        const auto encoded = XmppUri::parse(
            u"xmpp:%E8%8C%B6%E9%A6%86@%E4%BE%8B%E5%AD%90.cn?message;body=%E4%BD%A0%E5%A5%BD");
        QVERIFY2(iri.ok(), qPrintable(iri.ok() ? QString() : iri.error().message));
        QVERIFY(encoded.ok());
        QCOMPARE(iri->jid.local(), QString::fromUtf8("茶馆"));
        QCOMPARE(iri->body, QString::fromUtf8("你好"));
        QVERIFY(iri.value() == encoded.value());
    }

    void rosterAndGroupParameters()
    {
        const auto r = XmppUri::parse(
            u"xmpp:romeo@montague.net?roster;name=Romeo%20Montague;group=Friends;group=Verona");
        QVERIFY(r.ok());
        QCOMPARE(r->name, QStringLiteral("Romeo Montague"));
        QCOMPARE(r->groups, QStringList({"Friends", "Verona"}));
        QCOMPARE(r->toJson().value("groups").toArray().size(), 2);
        QVERIFY(!r->invite.has_value());

        const auto join =
            XmppUri::parse(u"xmpp:darkcave@chat.shakespeare.lit?join;password=cauldronburn");
        QVERIFY(join.ok());
        QCOMPARE(join->password, QStringLiteral("cauldronburn"));

        const auto command =
            XmppUri::parse(u"xmpp:pay.teahouse.example?command;node=pay;action=execute");
        QVERIFY(command.ok());
        QCOMPARE(command->node, QStringLiteral("pay"));
        QCOMPARE(command->commandAction, QStringLiteral("execute"));

        const auto follow = XmppUri::parse(
            u"xmpp:pubsub.shakespeare.lit?pubsub;action=subscribe;node=princely_musings");
        QVERIFY(follow.ok());
        QCOMPARE(follow->node, QStringLiteral("princely_musings"));
        QCOMPARE(follow->pubsubAction, QStringLiteral("subscribe"));
    }

    void invites()
    {
        // XEP-0401 §5 style roster invite that also allows registering.
        const auto roster =
            XmppUri::parse(u"xmpp:juliet@example.com?roster;preauth=1tMFqYDdKhfe2pwp;ibr=y");
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().message));
        QCOMPARE(roster->kind, Kind::AddFriend);
        QVERIFY(roster->invite.has_value());
        QCOMPARE(roster->invite->preauthToken, QStringLiteral("1tMFqYDdKhfe2pwp"));
        QVERIFY(roster->invite->ibr);
        QVERIFY(roster->invite->allowsRegistration());
        QCOMPARE(roster->toJson().value("invite").toObject().value("server").toString(),
                 QStringLiteral("example.com"));

        const auto reg = XmppUri::parse(u"xmpp:example.com?register;preauth=TOKEN");
        QVERIFY(reg.ok());
        QCOMPARE(reg->kind, Kind::Register);
        QVERIFY(reg->invite.has_value());
        QCOMPARE(reg->invite->action, teahouse::xmpp::InviteUri::Action::Register);

        // A token on another action is just a parameter.
        const auto other = XmppUri::parse(u"xmpp:example.com?message;preauth=TOKEN");
        QVERIFY(other.ok());
        QVERIFY(!other->invite.has_value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int invalid = int(Error::Code::InvalidArgument);
        const int corrupt = int(Error::Code::Corrupt);
        QTest::newRow("not xmpp") << "mailto:romeo@montague.net" << invalid << "not an XMPP link";
        QTest::newRow("authority") << "xmpp://guest@example.com/support@example.com?message"
                                   << invalid << "are not supported";
        QTest::newRow("too long") << "xmpp:a@b?message;body=" + QString(5000, u'x') << invalid
                                  << "too long";
        QTest::newRow("no address") << "xmpp:?message" << invalid << "has no address";
        QTest::newRow("bad address")
            << "xmpp:@example.com" << invalid << "address in the XMPP link is not valid";
        QTest::newRow("broken escape")
            << "xmpp:romeo@montague.net?message;body=%4" << corrupt << "broken %-escape";
        QTest::newRow("bad hex") << "xmpp:romeo%ZZ@montague.net" << corrupt << "broken %-escape";
        QTest::newRow("not utf-8")
            << "xmpp:romeo@montague.net?message;body=%FF" << corrupt << "not UTF-8";
        QTest::newRow("action with =")
            << "xmpp:romeo@montague.net?body=hi" << invalid << "action is malformed";
        QTest::newRow("nameless parameter")
            << "xmpp:romeo@montague.net?message;=x" << invalid << "has no name";
        QTest::newRow("join a server")
            << "xmpp:chat.shakespeare.lit?join" << invalid << "is not a group";
        QTest::newRow("join with resource")
            << "xmpp:darkcave@chat.shakespeare.lit/nick?join" << invalid << "is not a group";
        QTest::newRow("follow without node")
            << "xmpp:pubsub.example?pubsub;action=subscribe" << invalid << "what to follow";
        QTest::newRow("invite with empty token")
            << "xmpp:juliet@example.com?roster;preauth=" << invalid << "no valid invitation token";
        QTest::newRow("invite with two tokens")
            << "xmpp:juliet@example.com?roster;preauth=a;preauth=b" << invalid << "two tokens";
    }
    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = XmppUri::parse(uri);
        QVERIFY2(!r.ok(), qPrintable(uri));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestXmppUri)
#include "tst_qr_xmppuri.moc"

// Group chat on screen, against Prosody with two slixmpp peers (alice, bob): a members-only
// group made in the new-group dialog from picked contacts (XEP-0249 invitations reach the
// peers, the room is bookmarked with XEP-0402), its member list and its picture made of the
// members' pictures, name and topic edited in the info panel, @mention completion in the
// composer (an XEP-0372 reference goes out, the mention is marked), a muted group that stays
// quiet but still notifies an @mention, and leaving the group. Screenshots in
// <build>/test-screenshots/chat-groups/.
#include "ChatAppFixture.h"
#include "xmpp/IqTracker.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace teahouse;
using namespace teahouse::test;

class TestChatGroupsUi : public QObject
{
    Q_OBJECT

    ChatAppFixture f;
    QString m_room;

    UiTestUtils &ui() { return f.ui; }
    ui::ChatController &chat() { return f.chat(); }

    // lihua's XEP-0402 bookmarks as the server has them (the items' XML).
    QString bookmarks()
    {
        std::optional<QString> xml;
        xmpp::Element pubsub(QStringLiteral("pubsub"),
                             QStringLiteral("http://jabber.org/protocol/pubsub"));
        pubsub.addChild(QStringLiteral("items"))
            .setAttribute(QStringLiteral("node"), QStringLiteral("urn:xmpp:bookmarks:1"));
        f.coordinator->session().iq()->get(
            Jid::parse(f.me()), pubsub, this, [&](const Result<xmpp::Element> &r) {
                xml = r.ok() ? r.value().toXmlString() : QStringLiteral("error");
            });
        if (!QTest::qWaitFor([&] { return xml.has_value(); }, 10000))
            return QStringLiteral("timeout");
        return *xml;
    }

    void joinAs(const QString &user)
    {
        QJsonObject join{{QStringLiteral("cmd"), QStringLiteral("raw")},
                         {QStringLiteral("xml"),
                          QStringLiteral("<presence xmlns='jabber:client' to='%1/%2'>"
                                         "<x xmlns='http://jabber.org/protocol/muc'/></presence>")
                              .arg(m_room, ChatAppFixture::displayName(user))}};
        QVERIFY(f.peer(user).request(join).ok());
    }

    void editField(const QString &name, const QString &text)
    {
        QVERIFY2(ui().click(name), ui().why());
        QQuickItem *field = f.item(name);
        QVERIFY(field->hasActiveFocus() || field->property("activeFocus").toBool() ||
                f.window()->activeFocusItem());
        ui().key(Qt::Key_A, Qt::ControlModifier);
        ui().type(text);
        ui().key(Qt::Key_Return);
        ui().settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = TestServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString error = f.start(QStringLiteral("chat-groups"),
                                      {QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { f.stop(); }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            f.saveFailure(QTest::currentTestFunction());
    }

    void createGroupFromPickedContacts()
    {
        QVERIFY2(ui().click(QStringLiteral("chat.newGroup")), ui().why());
        QTRY_VERIFY(ui().shown(QStringLiteral("chat.newGroupDialog")));
        // Nothing picked yet: Create is off.
        QVERIFY(!f.item(QStringLiteral("chat.newGroup.create"))->isEnabled());
        QVERIFY2(ui().click(QStringLiteral("chat.newGroup.name")), ui().why());
        ui().type(QStringLiteral("Tea club"));
        QVERIFY2(ui().click(QStringLiteral("chat.newGroup.contact.") + f.jid(u"alice"_qs)),
                 ui().why());
        QVERIFY2(ui().click(QStringLiteral("chat.newGroup.contact.") + f.jid(u"bob"_qs)),
                 ui().why());
        QCOMPARE(chat().contacts()->checkedCount(), 2);
        QVERIFY(f.shot(QStringLiteral("01-new-group")));
        QVERIFY2(ui().click(QStringLiteral("chat.newGroup.create")), ui().why());

        // The dialog closes on the new group, which opens.
        QTRY_VERIFY_WITH_TIMEOUT(chat().currentIsGroup(), 15000);
        m_room = chat().currentJid();
        QCOMPARE(chat().currentName(), QStringLiteral("Tea club"));
        QTRY_VERIFY(!ui().shown(QStringLiteral("chat.newGroupDialog")));

        // Both peers got a direct invitation (XEP-0249) to this room, with its name.
        for (const QString &user : {u"alice"_qs, u"bob"_qs}) {
            const auto invite = f.waitForXml(user, {u"jabber:x:conference"_qs, m_room});
            QVERIFY2(invite, qPrintable(f.peer(user).diagnostics()));
        }
        // Bookmarked, so her other devices join it too.
        QTRY_VERIFY_WITH_TIMEOUT(bookmarks().contains(m_room), 10000);
        QVERIFY(bookmarks().contains(u"Tea club"_qs));

        joinAs(u"alice"_qs);
        joinAs(u"bob"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(chat().members()->count() == 3, 15000);
        QCOMPARE(chat().mentionCandidates()->count(), 2); // everyone but me
    }

    void memberListAndPicture()
    {
        QVERIFY2(ui().click(QStringLiteral("chat.info")), ui().why());
        QVERIFY(ui().shown(QStringLiteral("chat.info.members")));
        QVERIFY(ui().showsText(f.item(u"chat.info.members"_qs), u"Alice"_qs));
        QVERIFY(ui().showsText(f.item(u"chat.info.members"_qs), u"Bob"_qs));
        QVERIFY(ui().showsText(u"Members (3)"_qs));
        QCOMPARE(f.ui.text(u"chat.title"_qs), QStringLiteral("Tea club (3)"));

        // Prosody keeps no room picture: the group shows its members' pictures in a grid.
        QQuickItem *avatar = f.item(u"chat.info.avatar"_qs);
        QVERIFY(avatar);
        QVERIFY(avatar->property("composite").toBool());
        QCOMPARE(avatar->property("tileCount").toInt(), 3);
        const QVariantList members = chat().currentAvatarMembers();
        QCOMPARE(members.size(), 3);
        QStringList names;
        for (const QVariant &m : members)
            names.append(m.toMap().value(u"name"_qs).toString());
        QVERIFY2(names.contains(u"Alice"_qs) && names.contains(u"Bob"_qs),
                 qPrintable(names.join(',')));
        // Alice and Bob published pictures: their tiles show them (a data: URL from the
        // contacts' cache), not an initial.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int pictures = 0;
                for (const QVariant &m : chat().currentAvatarMembers())
                    pictures += m.toMap().value(u"source"_qs).toString().startsWith(u"data:image");
                return pictures;
            }() == 2,
            15000);
        ui().settle();
        for (int i = 0; i < 3; ++i) {
            QQuickItem *tile =
                UiTestUtils::findItem(avatar, QStringLiteral("groupAvatar.tile.%1").arg(i));
            QVERIFY2(tile && UiTestUtils::isShown(tile), qPrintable(QString::number(i)));
            QVERIFY(tile->width() > 0 && tile->width() < avatar->width() / 2);
        }
        // The list row draws the same grid.
        QQuickItem *row = f.item(u"chat.conversation."_qs + m_room);
        QVERIFY(row);
        QQuickItem *grid = UiTestUtils::findItem(row, u"groupAvatar"_qs);
        QVERIFY(grid && UiTestUtils::isShown(grid));
        QVERIFY(f.shot(QStringLiteral("02-group-info")));
    }

    void nameAndTopic()
    {
        const QString topic = QStringLiteral("Saturday 9:00 at the north gate");
        editField(u"chat.info.topic"_qs, topic);
        // The subject reaches the room (alice sees it) and comes back to the title bar.
        QVERIFY2(f.waitForXml(u"alice"_qs, {u"<subject"_qs, topic}),
                 qPrintable(f.peer(u"alice"_qs).diagnostics()));
        QTRY_COMPARE(chat().currentTopic(), topic);
        QTRY_VERIFY(ui().showsText(f.item(u"chat.typing"_qs), topic));

        editField(u"chat.info.name"_qs, QStringLiteral("Tea & hiking club"));
        QTRY_COMPARE_WITH_TIMEOUT(chat().currentName(), QStringLiteral("Tea & hiking club"), 10000);
        // The room's configuration has the new name (what disco#info tells everyone).
        const auto info = f.peer(u"bob"_qs).request(
            QJsonObject{{u"cmd"_qs, u"iq"_qs},
                        {u"xml"_qs, QStringLiteral("<iq type='get' to='%1'><query "
                                                   "xmlns='http://jabber.org/protocol/disco#info'/>"
                                                   "</iq>")
                                        .arg(m_room)}});
        QVERIFY(info.ok());
        QVERIFY2(info->value(u"xml").toString().contains(u"Tea &amp; hiking club"_qs),
                 qPrintable(info->value(u"xml").toString()));
        QVERIFY(f.shot(QStringLiteral("03-name-topic")));
        QVERIFY2(ui().click(QStringLiteral("chat.info.close")), ui().why());
    }

    void mentionCompletion()
    {
        QVERIFY2(ui().click(QStringLiteral("chat.input")), ui().why());
        ui().type(QStringLiteral("Bring snacks @al"));
        QTRY_VERIFY(ui().shown(QStringLiteral("chat.mentionPopup")));
        QCOMPARE(chat().mentionCandidates()->count(), 1); // filtered to Alice
        QVERIFY(ui().shown(QStringLiteral("chat.mentionPopup.0")));
        QVERIFY(f.shot(QStringLiteral("04-mention-completion")));
        ui().key(Qt::Key_Return); // picks, does not send
        QTRY_VERIFY(!ui().shown(QStringLiteral("chat.mentionPopup")));
        QCOMPARE(f.item(u"chat.input"_qs)->property("text").toString(),
                 QStringLiteral("Bring snacks @Alice "));
        ui().type(QStringLiteral("please"));
        ui().key(Qt::Key_Return);

        // The reference names alice's address (XEP-0372), so any client can mark it.
        const auto got =
            f.waitForXml(u"alice"_qs, {u"Bring snacks @Alice please"_qs, u"urn:xmpp:reference:0"_qs,
                                       u"mention"_qs, u"xmpp:"_qs + f.jid(u"alice"_qs)});
        QVERIFY2(got, qPrintable(f.peer(u"alice"_qs).diagnostics()));
        // Marked in the bubble.
        QTRY_VERIFY(chat().messages()->count() > 0);
        const QModelIndex newest = chat().messages()->index(0);
        const QString rich = chat()
                                 .messages()
                                 ->data(newest, chat().messages()->roleNames().key("richText"))
                                 .toString();
        QVERIFY2(rich.contains(chat().mentionColor()) && rich.contains(u"@Alice"_qs),
                 qPrintable(rich));
    }

    void mutedGroupNotifiesOnlyMentions()
    {
        QVERIFY2(ui().click(QStringLiteral("chat.info")), ui().why());
        QVERIFY2(ui().click(QStringLiteral("chat.info.mute")), ui().why());
        QTRY_VERIFY(chat().currentMuted());
        QVERIFY2(ui().click(QStringLiteral("chat.info.close")), ui().why());
        // Looking at another section: the chat is not on screen.
        f.app->navigation().setSection(ui::Navigation::Section::Contacts);
        const qsizetype before = f.notifier->notifications().size();

        f.peer(u"bob"_qs).sendMessage(m_room, u"Lunch first?"_qs, u"groupchat"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!f.service().newestMessages(m_room, 1).messages.isEmpty() &&
                                     f.service().newestMessages(m_room, 1).messages.first().body ==
                                         u"Lunch first?",
                                 15000);
        QCOMPARE(f.notifier->notifications().size(), before); // muted: quiet

        f.peer(u"bob"_qs).sendMessage(m_room, u"@lihua are you driving?"_qs, u"groupchat"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(f.notifier->notifications().size(), before + 1, 15000);
        const auto n = f.notifier->notifications().last();
        QCOMPARE(n.title, QStringLiteral("Tea & hiking club"));
        QVERIFY2(n.body.contains(u"[Mentioned you]"_qs) && n.body.contains(u"are you driving?"_qs),
                 qPrintable(n.body));
        QCOMPARE(n.key, u"chat:"_qs + m_room);
        const int row = chat().conversations()->rowOf(m_room);
        QVERIFY(row >= 0);
        QVERIFY(chat().conversations()->at(row)->mentionUnread);
        QVERIFY(chat().conversations()->at(row)->muted);

        // A one-to-one message from a friend who is not muted notifies as usual.
        f.peer(u"alice"_qs).sendMessage(f.me(), u"See you Saturday!"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(f.notifier->notifications().size(), before + 2, 15000);
        QCOMPARE(f.notifier->notifications().last().title, QStringLiteral("Alice"));
        QCOMPARE(f.notifier->notifications().last().body, QStringLiteral("See you Saturday!"));

        // Clicking the notification opens the group.
        f.notifier->activate(u"chat:"_qs + m_room);
        QTRY_COMPARE(chat().currentJid(), m_room);
        QCOMPARE(f.app->navigation().section(), ui::Navigation::Section::Chats);
        ui().settle();
        // The mention of me is marked in its bubble.
        QVERIFY(chat().messages()->messageAt(0)->mentionsMe);
        QVERIFY(f.shot(QStringLiteral("05-mentioned")));
        f.app->navigation().setSection(ui::Navigation::Section::Chats);
        chat().closeConversation();
        QVERIFY(f.shot(QStringLiteral("06-list")));
    }

    void leaveGroup()
    {
        f.app->navigation().setSection(ui::Navigation::Section::Chats);
        chat().open(m_room);
        QVERIFY2(ui().click(QStringLiteral("chat.info")), ui().why());
        QVERIFY2(ui().click(QStringLiteral("chat.info.leave")), ui().why());
        QTRY_VERIFY(ui().shown(QStringLiteral("chat.info.confirm")));
        QVERIFY2(ui().click(QStringLiteral("chat.info.confirm.ok")), ui().why());
        // The others see lihua go; the room no longer lists her as a member; the bookmark is
        // gone; the conversation stays, marked as left.
        const auto gone =
            f.peer(u"alice"_qs)
                .waitForEvent(
                    [&](const QJsonObject &e) {
                        return e.value(u"event").toString() == u"presence" &&
                               e.value(u"from").toString().startsWith(m_room + u'/') &&
                               e.value(u"type").toString() == u"unavailable";
                    },
                    15000);
        QVERIFY2(gone, qPrintable(f.peer(u"alice"_qs).diagnostics()));
        QTRY_VERIFY(!chat().currentJoined());
        QTRY_VERIFY_WITH_TIMEOUT(!bookmarks().contains(m_room), 10000);
        QVERIFY(f.service().conversation(m_room).has_value());
        QTRY_VERIFY(ui().showsText(f.item(u"chat.typing"_qs), u"Not in this group"_qs));
        QVERIFY(f.shot(QStringLiteral("07-left")));
    }
};

QTEST_MAIN(TestChatGroupsUi)
#include "tst_chat_groups_ui.moc"

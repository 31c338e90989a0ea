#include "AppContext.h"
#include "FakeChannel.h"
#include "FakeSessionController.h"
#include "FakeUnlockController.h"
#include "LayoutAudit.h"
#include "StorageTestUtils.h"
#include "common/Theme.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsController.h"
#include "contacts/ContactsService.h"
#include "contacts/FriendRequestModel.h"
#include "contacts/TagListModel.h"
#include "features/ContactsFeature.h"
#include "features/FeatureHost.h"
#include "profile/ProfileService.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;
using namespace teahouse::ui;
using teahouse::test::FakeChannel;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QByteArray portrait(QColor colour)
{
    QImage image(96, 96, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setBrush(QColor(0xf3, 0xd9, 0xc4));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(48, 40), 20, 20);
    p.setBrush(colour.lighter(160));
    p.drawEllipse(QPoint(48, 100), 38, 34);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

// The Contacts section in the app's window, fed by the real services over a FakeChannel:
// the list (pinyin sections, starred first, side index), a contact's card, "New friends"
// (accept sends the stanzas), "add friend" from a pasted link, and my QR code; screenshots of
// each in English, Chinese and care mode at 200 %. The models run under
// QAbstractItemModelTester.
class TestContactsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<AppContext> m_app;
    FakeSessionController *m_session = nullptr;
    FakeUnlockController *m_unlock = nullptr;
    // The account's side, as the feature builds it.
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::MediaStore> m_media;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<xmpp::IqTracker> m_tracker;
    xmpp::RosterMemoryCache m_cache;
    std::unique_ptr<xmpp::RosterManager> m_roster;
    std::unique_ptr<xmpp::PresenceManager> m_presence;
    std::unique_ptr<xmpp::AvatarManager> m_avatars;
    std::unique_ptr<xmpp::BlockingManager> m_blocking;
    std::unique_ptr<contacts::ContactsService> m_contacts;
    std::unique_ptr<profile::ProfileService> m_profile;

    ContactsController *controller() const
    {
        return qobject_cast<ContactsController *>(m_app->features().controller(u"contacts"_qs));
    }
    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }
    bool shown(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found && found->isVisible() && found->width() > 0 && found->height() > 0;
    }
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            window()->update();
            frame.wait(2000);
        }
    }
    // As a reader would: scroll the list or page around the item until it is in sight (at
    // 200 % a list of tags can be longer than the window).
    void scrollIntoView(QQuickItem *target)
    {
        for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            const QRectF inView = target->mapRectToItem(p, target->boundingRect());
            if (inView.top() >= 0 && inView.bottom() <= p->height())
                continue;
            const qreal contentY = p->property("contentY").toReal();
            const qreal originY = p->property("originY").toReal();
            const qreal maxY = originY + p->property("contentHeight").toReal() - p->height();
            const qreal wanted = contentY + inView.center().y() - p->height() / 2;
            p->setProperty("contentY", std::clamp(wanted, originY, std::max(originY, maxY)));
            settle();
        }
    }
    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(name));
        scrollIntoView(target);
        settle();
        const QPoint centre =
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QVERIFY2(window()->contentItem()->contains(centre), qPrintable(name + " is off screen"));
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre);
        settle();
    }
    void screenshot(const QString &name)
    {
        settle();
        const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots");
        QDir().mkpath(dir);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QImage image = window()->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(dir + u"/tst_contacts_ui-"_qs + name + u'-' + tag + u".png"_qs));
        // Issue 10's audit on the same screen: nothing clipped, elided or overlapping, text
        // readable against what is under it, controls big enough and named.
        const bool care = m_app->theme()->careMode();
        LayoutAudit audit(window(), m_app->theme()->minimumHitSize(), care ? 7.0 : 4.5);
        const QList<LayoutAudit::Finding> findings = audit.run();
        QVERIFY(audit.textsSeen() > 3);
        for (const LayoutAudit::Finding &finding : findings)
            m_findings << QStringLiteral("[%1 %2] %3").arg(name, tag, finding.toString());
    }
    QStringList m_findings;

    // The roster, as the server would send it, plus pictures for two contacts.
    void populate()
    {
        m_channel->startSession();
        auto takeId = [&](QStringView contains) {
            for (int i = 0; i < 50 && m_channel->pendingCount() > 0; ++i) {
                const xmpp::Element e = m_channel->takeSent();
                if (e.toXmlString().contains(contains))
                    return e.attribute(u"id");
            }
            return QString();
        };
        const QString rosterId = takeId(u"jabber:iq:roster");
        QVERIFY(!rosterId.isEmpty());
        m_channel->inject(
            "<iq type='result' id='" + rosterId.toUtf8() +
            "'><query xmlns='jabber:iq:roster' ver='1'>"
            "<item jid='zhangwei@localhost' name='张伟' subscription='both'><group>家人</group>"
            "<group>★</group></item>"
            "<item jid='wangfang@localhost' name='王芳' "
            "subscription='both'><group>同事</group></item>"
            "<item jid='alice@localhost' name='Alice Chen' subscription='both'>"
            "<group>Friends</group><group>★</group></item>"
            "<item jid='bob@localhost' name='Bob Li' subscription='both'><group>Friends</group>"
            "<group>同事</group></item>"
            "<item jid='zengxiaoxian@localhost' name='曾小贤' subscription='both'/>"
            "<item jid='shantianfang@localhost' name='单田芳' subscription='both'/>"
            "<item jid='zhaolei@localhost' name='赵磊' subscription='both'/>"
            "<item jid='liuyang@localhost' name='刘洋' subscription='both'/>"
            "<item jid='sunli@localhost' name='孙丽' subscription='both'/>"
            "<item jid='zoe@localhost' name='Zoe Wang' subscription='both'/>"
            "<item jid='david@localhost' subscription='both'/>"
            "<item jid='anna@localhost' name='安娜' subscription='both'/>"
            "<item jid='waiting@localhost' subscription='none' ask='subscribe'/>"
            "</query></iq>");
        // Pictures for 张伟 and Alice: answer their metadata and data requests.
        const QHash<QString, QByteArray> pictures = {
            {u"zhangwei@localhost"_qs, portrait(QColor(0x15, 0x65, 0xc0))},
            {u"alice@localhost"_qs, portrait(QColor(0xad, 0x14, 0x57))}};
        for (int round = 0; round < 2; ++round) {
            QList<xmpp::Element> sent;
            while (m_channel->pendingCount() > 0)
                sent.append(m_channel->takeSent());
            for (const xmpp::Element &e : sent) {
                const QString to = e.attribute(u"to");
                const QString xml = e.toXmlString();
                const QByteArray id = e.attribute(u"id").toUtf8();
                if (!xml.contains(u"urn:xmpp:avatar"))
                    continue;
                if (!pictures.contains(to)) {
                    m_channel->inject("<iq type='result' id='" + id + "' from='" + to.toUtf8() +
                                      "'/>");
                    continue;
                }
                const QByteArray png = pictures.value(to);
                const QByteArray sha = xmpp::AvatarManager::imageId(png).toLatin1();
                if (xml.contains(u"urn:xmpp:avatar:metadata")) {
                    m_channel->inject(
                        "<iq type='result' id='" + id + "' from='" + to.toUtf8() +
                        "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items "
                        "node='urn:xmpp:avatar:metadata'><item id='" +
                        sha + "'><metadata xmlns='urn:xmpp:avatar:metadata'><info id='" + sha +
                        "' bytes='" + QByteArray::number(png.size()) +
                        "' type='image/png' width='96' height='96'/></metadata></item></items>"
                        "</pubsub></iq>");
                } else {
                    m_channel->inject("<iq type='result' id='" + id + "' from='" + to.toUtf8() +
                                      "'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                      "<items node='urn:xmpp:avatar:data'><item id='" +
                                      sha + "'><data xmlns='urn:xmpp:avatar:data'>" +
                                      png.toBase64() + "</data></item></items></pubsub></iq>");
                }
            }
        }
        // 陈静 asks to be friends.
        m_channel->inject("<presence from='chenjing@localhost' type='subscribe'><status>"
                          "你好，我是陈静，在茶馆读书会认识的。</status><nick "
                          "xmlns='http://jabber.org/protocol/nick'>陈静</nick></presence>");
        m_channel->inject("<presence from='wangfang@localhost/phone'><status>喝茶中</status>"
                          "</presence>");
        while (m_channel->pendingCount() > 0)
            (void)m_channel->takeSent();
        QVERIFY(m_profile->setNickname(u"李华"_qs).ok());
        QVERIFY(m_profile->setStatusText(u"今天去茶馆"_qs).ok());
        QImage me(200, 200, QImage::Format_RGB32);
        me.fill(QColor(0x2e, 0x7d, 0x32));
        QVERIFY(m_profile->setAvatar(me).ok());
        while (m_channel->pendingCount() > 0)
            (void)m_channel->takeSent();
    }

private Q_SLOTS:
    void init()
    {
        m_findings.clear();
        m_profileDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"ui.db"_qs), test::fixedKey(5));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        auto media = storage::MediaStore::open(*m_db, m_dir.filePath(u"media"_qs));
        QVERIFY(media.ok());
        m_media = std::make_unique<storage::MediaStore>(std::move(media).value());
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"lihua@localhost/desk"));
        m_tracker = std::make_unique<xmpp::IqTracker>(m_channel.get());
        m_roster = std::make_unique<xmpp::RosterManager>(m_tracker.get(), &m_cache);
        m_presence = std::make_unique<xmpp::PresenceManager>(m_channel.get());
        m_avatars = std::make_unique<xmpp::AvatarManager>(m_tracker.get());
        m_blocking = std::make_unique<xmpp::BlockingManager>(m_tracker.get());
        m_blocking->setFetchOnSessionStart(false);
        m_contacts = std::make_unique<contacts::ContactsService>(*m_db, m_media.get());
        QVERIFY(m_contacts->open().ok());
        m_profile = std::make_unique<profile::ProfileService>(*m_db, m_media.get(),
                                                              Jid::parse(u"lihua@localhost"));
        QVERIFY(m_profile->open().ok());
        m_contacts->bind({m_channel.get(), m_roster.get(), m_presence.get(), m_avatars.get(),
                          m_blocking.get(), nullptr});
        m_profile->bind({m_channel.get(), m_presence.get(), m_avatars.get(), nullptr});
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window()) {
            const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots");
            QDir().mkpath(dir);
            window()->grabWindow().save(dir + u"/tst_contacts_ui-failure-"_qs +
                                        QString::fromLatin1(QTest::currentTestFunction()) +
                                        u".png"_qs);
        }
        if (m_app && controller())
            controller()->setServices(nullptr, nullptr);
        m_app.reset();
        m_profile.reset();
        m_contacts.reset();
        m_blocking.reset();
        m_avatars.reset();
        m_presence.reset();
        m_roster.reset();
        m_tracker.reset();
        m_channel.reset();
        m_media.reset();
        m_db.reset();
        m_cache = xmpp::RosterMemoryCache();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void models()
    {
        contacts::PinyinCollator collator;
        ContactListModel list(collator);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        FriendRequestModel requests;
        QAbstractItemModelTester requestTester(
            &requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TagListModel tags;
        QAbstractItemModelTester tagTester(&tags,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto contact = [](const char *jid, const QString &remark, bool starred = false,
                          QStringList tagList = {}) {
            contacts::Contact c;
            c.jid = Jid::parse(QString::fromLatin1(jid));
            c.remark = remark;
            c.starred = starred;
            c.tags = std::move(tagList);
            c.subscription = xmpp::RosterItem::Subscription::Both;
            return c;
        };
        list.setContacts({contact("zw@x", u"张伟"_qs), contact("a@x", u"Alice"_qs, true),
                          contact("z@x", u"曾国藩"_qs, false, {u"茶友"_qs}),
                          contact("b@x", u"Bob"_qs), contact("n@x", u"123"_qs)});
        QCOMPARE(list.rowCount(), 5);
        auto column = [&](int role) {
            QStringList out;
            for (int r = 0; r < list.rowCount(); ++r)
                out << list.data(list.index(r), role).toString();
            return out;
        };
        QCOMPARE(column(ContactListModel::NameRole),
                 (QStringList{u"Alice"_qs, u"Bob"_qs, u"曾国藩"_qs, u"张伟"_qs, u"123"_qs}));
        QCOMPARE(list.sections(), (QStringList{u"★"_qs, u"B"_qs, u"Z"_qs, u"#"_qs}));
        QCOMPARE(list.rowOfSection(u"Z"_qs), 2);
        list.setFilter(u"zw"_qs);
        QCOMPARE(column(ContactListModel::NameRole), QStringList{u"张伟"_qs});
        list.setFilter({});
        list.setTag(u"茶友"_qs);
        QCOMPARE(column(ContactListModel::JidRole), QStringList{u"z@x"_qs});
        list.setTag({});
        // In place (same position) and moving (renamed).
        list.updateContact(Jid::parse(u"b@x"), contact("b@x", u"Bob"_qs, false, {u"x"_qs}));
        list.updateContact(Jid::parse(u"b@x"), contact("b@x", u"Zack"_qs));
        QCOMPARE(list.jidAt(1), u"b@x"_qs); // "zack" before "zeng guo fan"
        list.updateContact(Jid::parse(u"b@x"), std::nullopt);
        list.updateContact(Jid::parse(u"new@x"), contact("new@x", u"王芳"_qs));
        QCOMPARE(list.rowCount(), 5);

        contacts::FriendRequest r;
        r.jid = Jid::parse(u"cj@x");
        r.nickname = u"陈静"_qs;
        r.greeting = u"你好"_qs;
        requests.setRequests({r});
        QCOMPARE(requests.pendingCount(), 1);
        QCOMPARE(requests.data(requests.index(0), FriendRequestModel::StateRole).toString(),
                 u"pending"_qs);
        tags.setTags({{u"家人"_qs, 2}, {u"同事"_qs, 1}});
        QCOMPARE(tags.names(), (QStringList{u"家人"_qs, u"同事"_qs}));
    }

    void pages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("care");
        QTest::newRow("en") << u"en"_qs << false;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << false;
        QTest::newRow("care200") << u"en"_qs << true;
    }
    void pages()
    {
        QFETCH(QString, language);
        QFETCH(bool, care);
        CommandLineOptions options;
        options.profileDir = m_profileDir->path();
        options.language = language;
        options.careMode = care;
        if (care)
            options.scalePercent = 200;
        auto session = std::make_unique<FakeSessionController>();
        auto unlock =
            std::make_unique<FakeUnlockController>(UnlockController::Mode::EnterPassphrase);
        m_session = session.get();
        m_unlock = unlock.get();
        m_app = std::make_unique<AppContext>(
            std::move(options),
            AppContext::Controllers{.session = std::move(session),
                                    .unlock = std::move(unlock),
                                    .features = [](const FeatureEnv &env) {
                                        std::vector<std::unique_ptr<Feature>> features;
                                        features.push_back(std::make_unique<ContactsFeature>(env));
                                        return features;
                                    }});
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        // On a real display (xvfb) a new profile is first asked about care mode: say no.
        if (m_app->preferences().careModeOfferPending())
            m_app->preferences().answerCareModeOffer(false);
        m_unlock->unlock(m_unlock->correct);
        m_session->signedIn(u"lihua@localhost"_qs);
        QVERIFY(controller());
        QVERIFY(!controller()->ready());
        controller()->setServices(m_contacts.get(), m_profile.get());
        QVERIFY(controller()->ready());
        populate();
        m_app->navigation().setSection(Navigation::Section::Contacts);
        settle();

        // The list: starred first, then by pinyin; the waiting request is not a contact.
        ContactListModel *list = controller()->contacts();
        QCOMPARE(list->count(), 12);
        QCOMPARE(list->jidAt(0), u"alice@localhost"_qs);
        QCOMPARE(list->jidAt(1), u"zhangwei@localhost"_qs);
        QCOMPARE(list->rowOf(u"waiting@localhost"_qs), -1);
        QVERIFY(shown(u"contacts.list"_qs));
        QVERIFY(shown(u"contacts.newFriends"_qs));
        // The entries above the names are in sight when the section opens on a roster that
        // arrived while it was hidden (the list used to open scrolled past them).
        {
            QQuickItem *entry = item(u"contacts.newFriends"_qs);
            QQuickItem *view = item(u"contacts.list"_qs);
            const QRectF entryRect = entry->mapRectToScene(entry->boundingRect());
            const QRectF viewRect = view->mapRectToScene(view->boundingRect());
            QVERIFY2(viewRect.contains(entryRect),
                     qPrintable(QStringLiteral("New friends at y %1, the list shows %2 to %3")
                                    .arg(entryRect.top())
                                    .arg(viewRect.top())
                                    .arg(viewRect.bottom())));
        }
        QVERIFY(shown(u"contacts.row.zhangwei@localhost"_qs));
        QVERIFY(shown(u"contacts.index"_qs));
        QCOMPARE(controller()->pendingRequests(), 1);
        QVERIFY(!list->data(list->index(1), ContactListModel::AvatarRole).toString().isEmpty());
        screenshot(u"list"_qs);

        // A contact's card.
        click(u"contacts.row.zhangwei@localhost"_qs);
        QCOMPARE(controller()->page(), u"contact"_qs);
        QCOMPARE(controller()->current().value(u"name"_qs).toString(), u"张伟"_qs);
        QVERIFY(shown(u"contacts.card"_qs));
        QVERIFY(shown(u"contacts.card.message"_qs));
        QVERIFY(shown(u"contacts.card.qr"_qs));
        screenshot(u"card"_qs);

        // Star, remarks and block from the card: each goes out as its stanza.
        const auto drain = [&] {
            QStringList xml;
            while (m_channel->pendingCount() > 0)
                xml << m_channel->takeSent().toXmlString();
            return xml.join(u'\n');
        };
        (void)drain();
        click(u"contacts.card.star"_qs);
        QString sentXml = drain();
        QVERIFY2(sentXml.contains(u"jabber:iq:roster") && sentXml.contains(u"zhangwei@localhost") &&
                     sentXml.contains(u"家人") && !sentXml.contains(u"★"),
                 qPrintable(sentXml));
        click(u"contacts.card.remark"_qs);
        QQuickItem *remarkInput = item(u"contacts.edit.text"_qs);
        QVERIFY(remarkInput && remarkInput->isVisible());
        screenshot(u"remark-dialog"_qs);
        remarkInput->setProperty("text", u"伟哥"_qs);
        click(u"contacts.edit.save"_qs);
        sentXml = drain();
        QVERIFY2(sentXml.contains(u"name=\"伟哥\"") || sentXml.contains(u"name='伟哥'"),
                 qPrintable(sentXml));
        QSignalSpy chat(&m_app->navigation(), &Navigation::chatRequested);
        click(u"contacts.card.message"_qs);
        QCOMPARE(chat.size(), 1);
        QCOMPARE(chat.front().front().toString(), u"zhangwei@localhost"_qs);
        QCOMPARE(m_app->navigation().section(), Navigation::Section::Chats);
        m_app->navigation().setSection(Navigation::Section::Contacts);

        // Blocking asks first, then sends the XEP-0191 block.
        click(u"contacts.card.block"_qs);
        auto *blockDialog =
            window()->contentItem()->findChild<QObject *>(u"contacts.card.blockDialog"_qs);
        if (!blockDialog)
            blockDialog = window()->findChild<QObject *>(u"contacts.card.blockDialog"_qs);
        QVERIFY(blockDialog);
        QTRY_VERIFY(blockDialog->property("opened").toBool());
        screenshot(u"block-dialog"_qs);
        click(u"contacts.card.blockDialog.confirm"_qs);
        sentXml = drain();
        QVERIFY2(sentXml.contains(u"urn:xmpp:blocking") && sentXml.contains(u"<block") &&
                     sentXml.contains(u"zhangwei@localhost"),
                 qPrintable(sentXml));

        // New friends: accepting sends the approval and asks back.
        click(u"contacts.newFriends"_qs);
        QVERIFY(shown(u"contacts.request.chenjing@localhost"_qs));
        screenshot(u"new-friends"_qs);
        click(u"contacts.request.accept.chenjing@localhost"_qs);
        QList<xmpp::Element> sent;
        while (m_channel->pendingCount() > 0)
            sent.append(m_channel->takeSent());
        const auto sentOf = [&](QStringView type) {
            for (const auto &e : sent)
                if (e.name() == u"presence" && e.attribute(u"type") == type &&
                    e.attribute(u"to") == u"chenjing@localhost")
                    return true;
            return false;
        };
        QVERIFY(sentOf(u"subscribed"));
        QVERIFY(sentOf(u"subscribe"));
        QCOMPARE(controller()->pendingRequests(), 0);

        // Add friend from a pasted link: the form is filled in.
        QVERIFY(controller()->addFriendFromUri(
            u"xmpp:zhouxun@localhost?roster;name=%E5%91%A8%E8%BF%85"_qs));
        settle();
        QCOMPARE(controller()->page(), u"addFriend"_qs);
        QQuickItem *address = item(u"contacts.add.address"_qs);
        QVERIFY(address);
        QCOMPARE(address->property("text").toString(), u"zhouxun@localhost"_qs);
        QCOMPARE(item(u"contacts.add.remark"_qs)->property("text").toString(), u"周迅"_qs);
        screenshot(u"add-friend"_qs);
        QVERIFY(!controller()->addFriendFromUri(u"xmpp:localhost?join"_qs));
        // A clicked or scanned friend link (Navigation.openUri) brings Contacts forward with
        // the form filled in, from wherever the user was.
        m_app->navigation().setSection(Navigation::Section::Chats);
        m_app->navigation().openUri(u"xmpp:liming@localhost?roster;name=Li%20Ming"_qs);
        settle();
        QCOMPARE(m_app->navigation().section(), Navigation::Section::Contacts);
        QCOMPARE(controller()->page(), u"addFriend"_qs);
        QCOMPARE(item(u"contacts.add.address"_qs)->property("text").toString(),
                 u"liming@localhost"_qs);
        QCOMPARE(item(u"contacts.add.remark"_qs)->property("text").toString(), u"Li Ming"_qs);

        // My QR code and my profile.
        controller()->showPage(u"myQr"_qs);
        settle();
        QVERIFY(shown(u"contacts.myQr.image"_qs));
        QVERIFY(controller()->myQrCode().startsWith(u"data:image/png;base64,"));
        screenshot(u"my-qr"_qs);
        controller()->showPage(u"me"_qs);
        settle();
        QVERIFY(shown(u"contacts.me.nickname"_qs));
        screenshot(u"me"_qs);
        controller()->showPage(u"groups"_qs);
        settle();
        QVERIFY(shown(u"contacts.groupsPage"_qs));
        screenshot(u"groups"_qs);
        controller()->showPage(u"tags"_qs);
        settle();
        QVERIFY(shown(u"contacts.tag.家人"_qs));
        click(u"contacts.tag.家人"_qs);
        QCOMPARE(list->count(), 1);
        screenshot(u"tags"_qs);
        list->setTag({});

        // Keyboard only: Tab from the search field reaches the contact rows (with a visible
        // ring), and Space opens the card.
        {
            m_app->navigation().setSection(Navigation::Section::Contacts);
            controller()->showPage({});
            settle();
            QQuickItem *search = item(u"contacts.search"_qs);
            QVERIFY(search);
            search->forceActiveFocus(Qt::TabFocusReason);
            QQuickItem *focused = nullptr;
            for (int i = 0; i < 40; ++i) {
                QTest::keyClick(window(), Qt::Key_Tab);
                focused = window()->activeFocusItem();
                if (focused && focused->objectName().startsWith(u"contacts.row."))
                    break;
            }
            QVERIFY2(focused && focused->objectName().startsWith(u"contacts.row."),
                     qPrintable(focused ? focused->objectName() : u"nothing"_qs));
            QVERIFY(focused->property("visualFocus").toBool());
            const QString jid = focused->objectName().mid(int(qstrlen("contacts.row.")));
            QTest::keyClick(window(), Qt::Key_Space);
            settle();
            QCOMPARE(controller()->page(), u"contact"_qs);
            QCOMPARE(controller()->currentJid(), jid);
        }

        // The profile card on the rail shows my nickname.
        if (!care) {
            click(u"rail.avatar"_qs);
            QQuickItem *name = item(u"profile.name"_qs);
            QVERIFY(name);
            QCOMPARE(name->property("text").toString(), u"李华"_qs);
            screenshot(u"profile-popup"_qs);
        }

        for (const QString &line : std::as_const(m_findings))
            qWarning("%s", qPrintable(line));
        QVERIFY2(m_findings.isEmpty(),
                 qPrintable(QStringLiteral("%1 layout or accessibility problems (listed above)")
                                .arg(m_findings.size())));
        m_findings.clear();
    }
};

QTEST_MAIN(TestContactsUi)
#include "tst_contacts_ui.moc"

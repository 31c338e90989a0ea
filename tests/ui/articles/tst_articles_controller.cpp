#include "../../integration/articles/HttpFixture.h"
#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "articles/ArticleReaderSetup.h"
#include "articles/ArticlesController.h"
#include "articles/ArticlesImageProvider.h"
#include "articles/ArticlesService.h"
#include "moments/MomentsController.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace teahouse;
using teahouse::test::FakeChannel;
using teahouse::test::HttpFixture;

namespace {

const QByteArray kEntry =
    "<entry xmlns='http://www.w3.org/2005/Atom'><id>t1</id><title>Night market opens</title>"
    "<link href='https://city.example/night-market.html'/>"
    "<published>2024-05-03T08:00:00Z</published><summary>Every Friday on River Road</summary>"
    "<content type='html'>&lt;p&gt;Stalls from 18:00.&lt;/p&gt;</content>"
    "<link rel='enclosure' type='image/png' href='https://img.example/cover.png'/>"
    "<counter xmlns='urn:teahouse:articles:likes:0' jid='articles@capulet.lit'/>"
    "<source><title>City News</title><icon>https://city.example/icon.png</icon></source>"
    "</entry>";

QByteArray png()
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(qRgb(30, 90, 200));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

QStandardItemModel *people(QObject *parent, const QList<QStringList> &rows)
{
    auto *model = new QStandardItemModel(parent);
    model->setItemRoleNames({{Qt::UserRole + 1, "jid"},
                             {Qt::UserRole + 2, "name"},
                             {Qt::UserRole + 3, "isGroup"},
                             {Qt::UserRole + 4, "avatarSource"}});
    for (const QStringList &r : rows) {
        auto *item = new QStandardItem;
        item->setData(r.at(0), Qt::UserRole + 1);
        item->setData(r.at(1), Qt::UserRole + 2);
        item->setData(r.value(2) == u"group", Qt::UserRole + 3);
        item->setData(QString(), Qt::UserRole + 4);
        model->appendRow(item);
    }
    return model;
}

} // namespace

class TestArticlesController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<xmpp::IqTracker> m_iq;
    std::unique_ptr<articles::ArticlesService> m_service;
    std::unique_ptr<ui::ArticlesController> m_controller;
    const Jid m_pubsub = Jid::parse(u"pubsub.capulet.lit");
    const QString m_city = articles::OfficialAccount::pubSubId(Jid::parse(u"pubsub.capulet.lit"),
                                                               QStringLiteral("city-news"));

    // Answers the newest-items request of city-news with kEntry under `item`.
    bool answerItems(const QString &item)
    {
        if (!m_channel->expect("<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
                               "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                               "<items node='city-news' max_items='20'/></pubsub></iq>"))
            return false;
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<items node='city-news'><item id='" +
                          item.toUtf8() + "'>" + kEntry + "</item></items></pubsub></iq>");
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db =
            storage::Database::open(m_dir.filePath(QStringLiteral("c.db")), test::fixedKey(9));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        m_service = std::make_unique<articles::ArticlesService>(
            *m_db, m_dir.filePath(QStringLiteral("media")));
        QVERIFY(m_service->open().ok());
        m_service->setService(m_pubsub);
        // Signed in: the catch-up (what the service says we follow, then its directory) is
        // answered with errors, so the tests start from an empty store.
        m_channel = std::make_unique<FakeChannel>();
        m_iq = std::make_unique<xmpp::IqTracker>(m_channel.get());
        m_channel->startSession();
        m_service->bind(m_channel.get(), m_iq.get());
        for (const char *request :
             {"<iq type='get' to='pubsub.capulet.lit' id='$ID'><pubsub "
              "xmlns='http://jabber.org/protocol/pubsub'><subscriptions/></pubsub></iq>",
              "<iq type='get' to='pubsub.capulet.lit' id='$ID'>"
              "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"}) {
            QVERIFY(m_channel->expect(request));
            m_channel->inject("<iq type='error' from='pubsub.capulet.lit' id='$ID'><error "
                              "type='cancel'><service-unavailable "
                              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        }
        QVERIFY(m_channel->expectNothing());
        m_controller = std::make_unique<ui::ArticlesController>();
        m_controller->setService(m_service.get());
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_service.reset();
    }

    // Follow links from the QR scanner and the URI router.
    void followUri()
    {
        ui::ArticlesController detached;
        QVERIFY(!detached.followUri(
            QStringLiteral("xmpp:pubsub.capulet.lit?pubsub;action=subscribe;node=city-news")));

        QSignalSpy page(m_controller.get(), &ui::ArticlesController::pageRequested);
        for (const char *other : {"https://city.example/", "xmpp:romeo@montague.lit?message",
                                  "xmpp:pubsub.capulet.lit?pubsub;action=subscribe", "not a uri"})
            QVERIFY2(!m_controller->followUri(QString::fromLatin1(other)), other);
        // Another service than the account's: not subscribed there by mistake.
        QVERIFY(!m_controller->followUri(
            QStringLiteral("xmpp:pubsub.evil.lit?pubsub;action=subscribe;node=city-news")));
        QVERIFY(!m_controller->errorText().isEmpty());
        QVERIFY(m_channel->expectNothing());
        QCOMPARE(page.size(), 0);

        // Never browsed: the link alone is enough to follow.
        QVERIFY(!m_service->store().account(m_city)->has_value());
        QVERIFY(m_controller->followUri(
            QStringLiteral("xmpp:pubsub.capulet.lit?pubsub;action=subscribe;node=city-news")));
        QCOMPARE(page.size(), 1);
        QCOMPARE(m_controller->view(), QStringLiteral("account"));
        QCOMPARE(m_controller->currentAccount().value(QStringLiteral("accountId")).toString(),
                 m_city);
        QVERIFY(m_channel->expect("<iq type='set' to='pubsub.capulet.lit' id='$ID'>"
                                  "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                  "<subscribe node='city-news' jid='juliet@capulet.lit'/>"
                                  "</pubsub></iq>"));
        m_channel->inject("<iq type='result' from='pubsub.capulet.lit' id='$ID'/>");
        QVERIFY(answerItems(QStringLiteral("t1")));
        QVERIFY(m_channel->expectNothing());
        QVERIFY((*m_service->store().account(m_city))->followed);
        QCOMPARE(m_controller->following()->rowCount(), 1);
        QCOMPARE(m_controller->accountArticles()->rowCount(), 1);
        QCOMPARE(m_controller->timeline()->rowCount(), 1);
        QVERIFY(m_controller->errorText().isEmpty());
    }

    void shareTargets()
    {
        ui::ShareTargetsModel *targets = m_controller->shareTargets();
        QAbstractItemModelTester tester(targets,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject owner;
        QStandardItemModel *conversations =
            people(&owner, {{QStringLiteral("zhangwei@capulet.lit"), QStringLiteral("张伟")},
                            {QStringLiteral("family@rooms.capulet.lit"), QStringLiteral("Family"),
                             QStringLiteral("group")}});
        QStandardItemModel *contacts =
            people(&owner, {{QStringLiteral("zhangwei@capulet.lit"), QStringLiteral("张伟")},
                            {QStringLiteral("bob@capulet.lit"), QStringLiteral("Bob")}});
        m_controller->setShareSources(conversations, contacts);
        QCOMPARE(targets->rowCount(), 3); // 张伟 once, with the chats
        auto at = [&](int row, int role) {
            return targets->data(targets->index(row), role);
        };
        QCOMPARE(at(0, ui::ShareTargetsModel::JidRole).toString(),
                 QStringLiteral("zhangwei@capulet.lit"));
        QCOMPARE(at(0, ui::ShareTargetsModel::KindRole).toString(), QStringLiteral("chats"));
        QVERIFY(at(1, ui::ShareTargetsModel::IsGroupRole).toBool());
        QCOMPARE(at(2, ui::ShareTargetsModel::NameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(at(2, ui::ShareTargetsModel::KindRole).toString(), QStringLiteral("contacts"));

        targets->setFilter(QStringLiteral("张"));
        QCOMPARE(targets->rowCount(), 1);
        targets->setFilter(QStringLiteral("ROOMS.capulet")); // by address, any case
        QCOMPARE(targets->rowCount(), 1);
        QCOMPARE(at(0, ui::ShareTargetsModel::NameRole).toString(), QStringLiteral("Family"));
        targets->setFilter(QString());
        // The chat's lists change: the picker follows.
        contacts->appendRow(new QStandardItem);
        contacts->setData(contacts->index(2, 0), QStringLiteral("alice@capulet.lit"),
                          Qt::UserRole + 1);
        QCOMPARE(targets->rowCount(), 4);
        QCOMPARE(at(3, ui::ShareTargetsModel::NameRole).toString(),
                 QStringLiteral("alice@capulet.lit"));
        m_controller->setShareSources(nullptr, nullptr);
        QCOMPARE(targets->rowCount(), 0);
    }

    void shareToChat()
    {
        const qint64 id = (*m_service->store().articleByItem(m_city, QStringLiteral("t1")))->id;
        m_controller->openArticle(id);
        QVERIFY(m_channel->expect("<iq type='get' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<likes xmlns='urn:teahouse:articles:likes:0' "
                                  "node='city-news' item='t1'/></iq>"));
        m_channel->inject("<iq type='result' from='articles@capulet.lit/provider' id='$ID'>"
                          "<likes xmlns='urn:teahouse:articles:likes:0' count='3'/></iq>");
        QCOMPARE(m_controller->currentArticle().value(QStringLiteral("likeCount")).toInt(), 3);

        QVERIFY(!m_controller->canShareToChat());
        QVERIFY(!m_controller->shareToChatJid(QStringLiteral("bob@capulet.lit")));
        QString to;
        xmpp::Element sent;
        QString fallback;
        bool accept = true;
        QSignalSpy can(m_controller.get(), &ui::ArticlesController::canShareToChatChanged);
        m_controller->setCardSender(
            [&](const QString &jid, const xmpp::Element &card, const QString &text) {
                to = jid;
                sent = card;
                fallback = text;
                return accept;
            });
        QCOMPARE(can.size(), 1);
        QVERIFY(m_controller->canShareToChat());
        QObject owner;
        m_controller->setShareSources(
            nullptr, people(&owner, {{QStringLiteral("bob@capulet.lit"), QStringLiteral("Bob")}}));
        QSignalSpy shared(m_controller.get(), &ui::ArticlesController::sharedToChat);
        QVERIFY(m_controller->shareToChatJid(QStringLiteral("bob@capulet.lit")));
        QCOMPARE(to, QStringLiteral("bob@capulet.lit"));
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first().at(1).toString(), QStringLiteral("Bob"));
        QVERIFY(sent.is(u"article", ui::ArticlesController::kCardNs));
        // Other clients: title, account and the address in the body.
        QCOMPARE(fallback, QStringLiteral("Night market opens — City News\n"
                                          "https://city.example/night-market.html"));

        const QVariantMap card = ui::ArticlesController::parseCard(sent.toXmlString());
        QCOMPARE(card.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Night market opens"));
        QCOMPARE(card.value(QStringLiteral("source")).toString(), QStringLiteral("City News"));
        QCOMPARE(card.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Every Friday on River Road"));
        QCOMPARE(card.value(QStringLiteral("link")).toString(),
                 QStringLiteral("https://city.example/night-market.html"));
        QCOMPARE(card.value(QStringLiteral("cover")).toString(),
                 QStringLiteral("https://img.example/cover.png"));
        QCOMPARE(card.value(QStringLiteral("accountId")).toString(), m_city);
        QCOMPARE(card.value(QStringLiteral("itemId")).toString(), QStringLiteral("t1"));
        QCOMPARE(card.value(QStringLiteral("node")).toString(), QStringLiteral("city-news"));

        accept = false;
        QVERIFY(!m_controller->shareToChatJid(QStringLiteral("bob@capulet.lit")));
        QVERIFY(!m_controller->errorText().isEmpty());
        m_controller->setCardSender({});
    }

    void receivedCards()
    {
        const QString xml =
            m_controller
                ->articleCard((*m_service->store().articleByItem(m_city, QStringLiteral("t1")))->id)
                ->toXmlString();
        // A card from someone else is data: only http(s) addresses, and only our element.
        QString hostile = xml;
        hostile.replace(QStringLiteral("https://city.example/night-market.html"),
                        QStringLiteral("javascript:alert(1)"));
        QCOMPARE(ui::ArticlesController::parseCard(hostile).value(QStringLiteral("link")),
                 QVariant(QString()));
        QVERIFY(ui::ArticlesController::parseCard(QStringLiteral("<x xmlns='y'/>")).isEmpty());
        QVERIFY(ui::ArticlesController::parseCard(QStringLiteral("<<broken")).isEmpty());
        QVERIFY(m_controller->cardInfo(xml).value(QStringLiteral("known")).toBool());

        // An article that is here opens in the reader.
        QSignalSpy page(m_controller.get(), &ui::ArticlesController::pageRequested);
        m_controller->goHome();
        m_controller->openCard(xml);
        QCOMPARE(page.size(), 1);
        QCOMPARE(m_controller->view(), QStringLiteral("reader"));
        QCOMPARE(m_controller->currentArticle().value(QStringLiteral("itemId")).toString(),
                 QStringLiteral("t1"));
        QVERIFY(m_channel->expect("<iq type='get' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<likes xmlns='urn:teahouse:articles:likes:0' "
                                  "node='city-news' item='t1'/></iq>"));

        // One that is not: its account's page, while its items are fetched; then the article.
        QString newer = xml;
        newer.replace(QStringLiteral("item=\"t1\""), QStringLiteral("item=\"t2\""));
        newer.replace(QStringLiteral("item='t1'"), QStringLiteral("item='t2'"));
        QVERIFY(!m_controller->cardInfo(newer).value(QStringLiteral("known")).toBool());
        m_controller->goHome();
        m_controller->openCard(newer);
        QCOMPARE(page.size(), 2);
        QCOMPARE(m_controller->view(), QStringLiteral("account"));
        QVERIFY(answerItems(QStringLiteral("t2")));
        QCOMPARE(m_controller->view(), QStringLiteral("reader"));
        QCOMPARE(m_controller->currentArticle().value(QStringLiteral("itemId")).toString(),
                 QStringLiteral("t2"));
        (void)m_channel->takeSent(); // the likes query of t2

        // A card from an account on another service is not fetched from ours.
        QString foreign = xml;
        foreign.replace(QStringLiteral("pubsub.capulet.lit"), QStringLiteral("pubsub.other.lit"));
        m_controller->goHome();
        m_controller->openCard(foreign);
        QCOMPARE(m_controller->view(), QStringLiteral("home"));
        QVERIFY(!m_controller->errorText().isEmpty());
        QVERIFY(m_channel->expectNothing());
    }

    // The reader's like reaches the counter and shows its figure.
    void likeThroughController()
    {
        const qint64 id = (*m_service->store().articleByItem(m_city, QStringLiteral("t1")))->id;
        m_controller->openArticle(id);
        (void)m_channel->takeSent(); // the likes query
        m_controller->setLiked(true);
        QVERIFY(m_controller->currentArticle().value(QStringLiteral("liked")).toBool());
        QVERIFY(m_channel->expect("<iq type='set' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<like xmlns='urn:teahouse:articles:likes:0' node='city-news' "
                                  "item='t1' liked='true'/></iq>"));
        m_channel->inject("<iq type='result' from='articles@capulet.lit/provider' id='$ID'>"
                          "<likes xmlns='urn:teahouse:articles:likes:0' count='4'/></iq>");
        QCOMPARE(m_controller->currentArticle().value(QStringLiteral("likeCount")).toInt(), 4);
        // The counter refuses: the like stays here, the reader says so.
        m_controller->setLiked(false);
        QVERIFY(m_channel->expect("<iq type='set' to='articles@capulet.lit/provider' id='$ID'>"
                                  "<like xmlns='urn:teahouse:articles:likes:0' node='city-news' "
                                  "item='t1' liked='false'/></iq>"));
        m_channel->inject("<iq type='error' from='articles@capulet.lit/provider' id='$ID'>"
                          "<error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(!m_controller->currentArticle().value(QStringLiteral("liked")).toBool());
        QVERIFY(m_controller->errorText().contains(QStringLiteral("publisher")));
    }

    // A feed's icon becomes its picture: cached, then served by image://articles.
    void accountPictures()
    {
        HttpFixture http;
        const QByteArray icon = png();
        http.set("/feed.xml",
                 {"application/atom+xml",
                  "<feed xmlns='http://www.w3.org/2005/Atom'><title>Bus news</title>"
                  "<icon>/icon.png</icon><entry><id>b1</id><title>Route 5</title></entry></feed>",
                  {},
                  {}});
        http.set("/icon.png", {"image/png", icon, {}, {}});
        m_controller->followFeed(QString::fromLatin1(http.url("/feed.xml")));
        const QString id = QString::fromLatin1(http.url("/feed.xml"));
        auto source = [&]() -> QString {
            auto *following = m_controller->following();
            for (int row = 0; row < following->rowCount(); ++row) {
                const QModelIndex index = following->index(row);
                if (index.data(ui::AccountsModel::AccountIdRole).toString() == id)
                    return index.data(ui::AccountsModel::AvatarSourceRole).toString();
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!source().isEmpty(), 10000);
        QVERIFY(source().startsWith(u"image://articles/"));
        ui::ArticlesImageProvider provider(m_controller.get());
        QSize size;
        const QImage image = provider.requestImage(
            source().mid(QStringLiteral("image://articles/").size()), &size, QSize());
        QCOMPARE(size, QSize(24, 24));
        QCOMPARE(image.pixelColor(3, 3), QColor(qRgb(30, 90, 200)));
        // Nothing that is not cached is served (QML never fetches these addresses itself).
        QVERIFY(provider
                    .requestImage(QString::fromLatin1(QUrl::toPercentEncoding(
                                      QStringLiteral("https://tracker.example/t.png"))),
                                  &size, QSize())
                    .isNull());
        QVERIFY(m_channel->expectNothing());
    }

    // Share to Moments: the composer opens with the article's title and address.
    void momentsComposer()
    {
        ui::MomentsController moments;
        QSignalSpy requested(&moments, &ui::MomentsController::composeRequested);
        moments.composeWithLink(QStringLiteral(" Night market opens "),
                                QUrl(QStringLiteral("https://city.example/night-market.html")));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(moments.takeComposeText(),
                 QStringLiteral("Night market opens\nhttps://city.example/night-market.html"));
        QCOMPARE(moments.takeComposeText(), QString()); // taken once
        QSignalSpy asked(m_controller.get(), &ui::ArticlesController::shareToMomentsRequested);
        m_controller->shareToMoments();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(),
                 QStringLiteral("https://city.example/night-market.html"));
    }
};

int main(int argc, char **argv)
{
    teahouse::ui::prepareArticleReader();
    QGuiApplication app(argc, argv);
    TestArticlesController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articles_controller.moc"

#include "moments/AudiencePolicy.h"
#include "moments/MicroblogEntry.h"
#include "xmpp/Element.h"

#include <QtTest>

using namespace teahouse;
using namespace teahouse::moments;
using xmpp::Element;

class TestMomentsEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesXepExample()
    {
        const QByteArray xml =
            "<entry xmlns='http://www.w3.org/2005/Atom'>\n"
            "  <author><name>Romeo Montague</name><uri>xmpp:romeo@montague.lit</uri></author>\n"
            "  <title type='text'>hanging out at the Caf&#233; Napolitano</title>\n"
            "  <link rel='alternate' type='text/html' "
            "href='http://montague.lit/romeo/posts/1cb57d9c'/>\n"
            "  <link rel='replies' title='comments'\n"
            "        "
            "href='xmpp:romeo@montague.lit?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2F1cb57d9c'/"
            ">\n"
            "  <id>tag:montague.lit,2008-05-08:posts-1cb57d9c-1c46-11dd-838c-001143d5d5db</id>\n"
            "  <published>2008-05-08T18:30:02Z</published>\n"
            "  <updated>2008-05-08T18:30:03Z</updated>\n"
            "</entry>";
        const Element e = Element::fromXml(xml);
        QVERIFY(!e.isNull());
        auto entry = parseEntry(e);
        QVERIFY(entry.ok());
        QCOMPARE(entry->author.toString(), QStringLiteral("romeo@montague.lit"));
        QCOMPARE(entry->authorName, QStringLiteral("Romeo Montague"));
        QCOMPARE(entry->text(), QStringLiteral("hanging out at the Caf\u00e9 Napolitano"));
        QCOMPARE(entry->published, QDateTime(QDate(2008, 5, 8), QTime(18, 30, 2), Qt::UTC));
        QCOMPARE(entry->updated, QDateTime(QDate(2008, 5, 8), QTime(18, 30, 3), Qt::UTC));
        QCOMPARE(entry->commentsService, QStringLiteral("romeo@montague.lit"));
        QCOMPARE(entry->commentsNode, QStringLiteral("urn:xmpp:microblog:0:comments/1cb57d9c"));
        QVERIFY(entry->images.isEmpty());
        QVERIFY(!entry->isLike());
    }

    // Movim writes a title plus xhtml content, pictures as enclosures, likes titled "♥".
    void parsesMovimPostWithPictures()
    {
        const QByteArray xml =
            "<entry xmlns=\"http://www.w3.org/2005/Atom\">\n"
            "  <title>Weekend</title>\n"
            "  <author><name>Juliet</name><uri>xmpp:juliet@capulet.lit</uri></author>\n"
            "  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>By the "
            "lake.</p><p>Sunny!</p></div></content>\n"
            "  <link rel=\"enclosure\" type=\"image/jpeg\" "
            "href=\"https://upload.capulet.lit/a/lake.jpg\" length=\"1234\" title=\"lake.jpg\"/>\n"
            "  <link rel=\"enclosure\" type=\"image/png\" "
            "href=\"https://upload.capulet.lit/b/sky.png\"/>\n"
            "  <link rel=\"enclosure\" type=\"application/pdf\" "
            "href=\"https://upload.capulet.lit/c/x.pdf\"/>\n"
            "  <link rel=\"enclosure\" type=\"image/png\" href=\"file:///etc/passwd\"/>\n"
            "  <published>2024-03-02T10:00:00+01:00</published>\n"
            "</entry>";
        auto entry = parseEntry(Element::fromXml(xml));
        QVERIFY(entry.ok());
        QCOMPARE(entry->title, QStringLiteral("Weekend"));
        QCOMPARE(entry->content, QStringLiteral("By the lake.\nSunny!"));
        QCOMPARE(entry->text(), QStringLiteral("Weekend\nBy the lake.\nSunny!"));
        // Only pictures over http(s): the pdf and the file: link are dropped.
        QCOMPARE(entry->images.size(), 2);
        QCOMPARE(entry->images[0].url, QStringLiteral("https://upload.capulet.lit/a/lake.jpg"));
        QCOMPARE(entry->images[0].size, 1234);
        QCOMPARE(entry->images[0].name, QStringLiteral("lake.jpg"));
        QCOMPARE(entry->images[1].mimeType, QStringLiteral("image/png"));
        QCOMPARE(entry->published, QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(entry->updated, entry->published);

        auto like = parseEntry(Element::fromXml(
            "<entry xmlns='http://www.w3.org/2005/Atom'><title>\xe2\x99\xa5</title>"
            "<author><uri>xmpp:juliet@capulet.lit</uri></author>"
            "<published>2024-03-02T10:00:00Z</published></entry>"));
        QVERIFY(like.ok());
        QVERIFY(like->isLike());
    }

    void rejectsWhatIsNotAnEntry()
    {
        QVERIFY(!parseEntry(Element::fromXml("<feed xmlns='http://www.w3.org/2005/Atom'/>")).ok());
        QVERIFY(!parseEntry(Element::fromXml("<entry xmlns='urn:other'><title>x</title>"
                                             "<published>2024-01-01T00:00:00Z</published>"
                                             "</entry>"))
                     .ok());
        // No time stamp at all.
        QVERIFY(
            !parseEntry(Element::fromXml(
                            "<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title></entry>"))
                 .ok());
    }

    // Absurd times from a peer: the future is now (not on top of the feed for ever), and a
    // post with no usable time at all is refused.
    void absurdTimesMadeSane()
    {
        const auto entry = [](const char *published) {
            return parseEntry(Element::fromXml(
                QByteArray("<entry xmlns='http://www.w3.org/2005/Atom'><id>t</id><title>x</title>"
                           "<published>") +
                published + "</published></entry>"));
        };
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto future = entry("9999-12-31T23:59:59Z");
        QVERIFY(future.ok());
        QVERIFY(future->published >= before.addSecs(-1));
        QVERIFY(future->published <= QDateTime::currentDateTimeUtc());
        QCOMPARE(future->updated, future->published);
        QVERIFY(!entry("1970-01-01T00:00:00Z").ok());
        QVERIFY(!entry("yesterday").ok());
        const auto fine = entry("2024-05-01T10:00:00.250+02:00");
        QVERIFY(fine.ok());
        QCOMPARE(fine->published, QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 250), Qt::UTC));
    }

    void roundTripsOurEntry()
    {
        MicroblogEntry e;
        e.author = Jid::parse(QStringLiteral("lihua@localhost"));
        e.authorName = QStringLiteral("李华");
        e.title = QStringLiteral("今天去了西湖 <3 & friends");
        e.published = QDateTime(QDate(2024, 5, 1), QTime(8, 15, 30), Qt::UTC);
        e.updated = e.published;
        e.atomId = microblog::atomId(e.author, e.published, QStringLiteral("posts"),
                                     QStringLiteral("abc"));
        e.images = {{QStringLiteral("https://h/1.jpg"), QStringLiteral("image/jpeg"), 10,
                     QStringLiteral("1.jpg")},
                    {QStringLiteral("https://h/2.png"), QStringLiteral("image/png"), 20,
                     QStringLiteral("2.png")}};
        e.commentsService = QStringLiteral("lihua@localhost");
        e.commentsNode = microblog::commentsNodeFor(QStringLiteral("abc"));
        e.inReplyToRef = QStringLiteral("tag:localhost,2024-05-01:comments-x");
        const Element atom = toAtom(e);
        QCOMPARE(e.atomId, QStringLiteral("tag:localhost,2024-05-01:posts-abc"));
        // Through the wire format and back.
        auto back = parseEntry(Element::fromXml(atom.toXml()));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), e);
        const QString xml = atom.toXmlString();
        QVERIFY(xml.contains(QStringLiteral(
            "href=\"xmpp:lihua@localhost?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fabc\"")));
        QVERIFY(xml.contains(QStringLiteral("rel=\"enclosure\"")));
        QVERIFY(xml.contains(QStringLiteral("<published>2024-05-01T08:15:30Z</published>")));
    }

    void nodeNames()
    {
        QVERIFY(microblog::isPostNode(u"urn:xmpp:microblog:0"));
        QVERIFY(microblog::isPostNode(microblog::restrictedNodeFor(QStringLiteral("x"))));
        QVERIFY(!microblog::isPostNode(u"urn:xmpp:microblog:0:restricted/"));
        QVERIFY(!microblog::isPostNode(microblog::commentsNodeFor(QStringLiteral("x"))));
        QVERIFY(microblog::isCommentsNode(microblog::commentsNodeFor(QStringLiteral("x"))));
        QString jid, node;
        QVERIFY(microblog::parseXmppUri(
            microblog::xmppUri(QStringLiteral("a@b"), QStringLiteral("n/1;x"), QStringLiteral("i")),
            &jid, &node));
        QCOMPARE(jid, QStringLiteral("a@b"));
        QCOMPARE(node, QStringLiteral("n/1;x"));
        QVERIFY(!microblog::parseXmppUri(QStringLiteral("https://a/b"), &jid, &node));
    }

    void audienceWhitelists()
    {
        auto item = [](const char *jid, QStringList groups, xmpp::RosterItem::Subscription s) {
            xmpp::RosterItem r;
            r.jid = Jid::parse(QString::fromLatin1(jid));
            r.groups = std::move(groups);
            r.subscription = s;
            return r;
        };
        using S = xmpp::RosterItem::Subscription;
        const QList<xmpp::RosterItem> roster = {
            item("mum@h", {QStringLiteral("family")}, S::Both),
            item("boss@h", {QStringLiteral("work")}, S::Both),
            item("bro@h", {QStringLiteral("family"), QStringLiteral("work")}, S::From),
            item("pal@h", {}, S::Both),
            // Does not receive my presence: never in any audience.
            item("stranger@h", {QStringLiteral("family")}, S::To),
        };
        auto names = [](const QList<Jid> &jids) {
            QStringList out;
            for (const Jid &j : jids)
                out.append(j.toString());
            out.sort();
            return out;
        };
        QCOMPARE(names(audienceMembers(Audience::OnlyTags, {QStringLiteral("family")}, roster)),
                 (QStringList{QStringLiteral("bro@h"), QStringLiteral("mum@h")}));
        QCOMPARE(names(audienceMembers(Audience::ExceptTags, {QStringLiteral("work")}, roster)),
                 (QStringList{QStringLiteral("mum@h"), QStringLiteral("pal@h")}));
        QCOMPARE(names(audienceMembers(Audience::AllFriends, {}, roster)).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMomentsEntry)
#include "tst_moments_entry.moc"

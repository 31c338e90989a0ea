#include "StorageTestUtils.h"
#include "services/CityProtocol.h"
#include "services/ServicesStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::services;

// ServicesStore on an encrypted database: every table round trips, marks survive a new list of
// services, a status update finds its application by reference, My info is removed when
// emptied; the protocol helpers (categories, status messages) parse what they write.
class TestServicesStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<storage::Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
        auto db =
            storage::Database::open(m_dir.filePath(QStringLiteral("s.db")), test::fixedKey(3));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
        QVERIFY(ServicesStore(*m_db).open().ok());
        QVERIFY(ServicesStore(*m_db).open().ok()); // migrations apply once
    }

    void citiesKeepTheirOrder()
    {
        ServicesStore store(*m_db);
        QVERIFY(store.saveCity({QStringLiteral("b@x"), QStringLiteral("B")}).ok());
        QVERIFY(store.saveCity({QStringLiteral("a@x"), QStringLiteral("A")}).ok());
        QVERIFY(store.saveCity({QStringLiteral("b@x"), QStringLiteral("北京")}).ok());
        auto cities = store.cities();
        QVERIFY(cities.ok());
        QCOMPARE(cities->size(), 2);
        QCOMPARE(cities->at(0).jid, QStringLiteral("b@x"));
        QCOMPARE(cities->at(0).name, QStringLiteral("北京"));
        QVERIFY(store.removeCity(QStringLiteral("b@x")).ok());
        QCOMPARE(store.cities()->size(), 1);
    }

    void catalogKeepsPinsAndUse()
    {
        ServicesStore store(*m_db);
        const QString c = QStringLiteral("c@x");
        QVERIFY(store
                    .setServices(
                        c, {{c, QStringLiteral("medical/a"), QStringLiteral("A"), false, {}},
                            {c, QStringLiteral("utilities/b"), QStringLiteral("B"), false, {}}})
                    .ok());
        QVERIFY(store.setPinned(c, QStringLiteral("utilities/b"), true).ok());
        const QDateTime used = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        QVERIFY(store.markUsed(c, QStringLiteral("medical/a"), used).ok());
        // The city's new list drops A and renames B: B keeps its pin, A is no longer offered.
        QVERIFY(store
                    .setServices(
                        c, {{c, QStringLiteral("utilities/b"), QStringLiteral("B2"), false, {}}})
                    .ok());
        auto list = store.services(c);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).name, QStringLiteral("B2"));
        QVERIFY(list->at(0).pinned);
        // Offered again: its use is remembered.
        QVERIFY(
            store.setServices(c, {{c, QStringLiteral("medical/a"), QStringLiteral("A"), false, {}}})
                .ok());
        QCOMPARE(store.services(c)->at(0).lastUsed, used);
    }

    void draftsRoundTrip()
    {
        ServicesStore store(*m_db);
        const QJsonObject snapshot{
            {QStringLiteral("stage"), 2},
            {QStringLiteral("entered"),
             QJsonArray{QJsonObject{{QStringLiteral("a"), QJsonArray{QStringLiteral("医院")}}}}}};
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        QVERIFY(store
                    .saveDraft({QStringLiteral("c@x|n"), QStringLiteral("c@x"), QStringLiteral("n"),
                                QStringLiteral("Title"), snapshot, t})
                    .ok());
        auto d = store.draft(QStringLiteral("c@x|n"));
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE((*d)->snapshot, snapshot);
        QCOMPARE((*d)->updated, t);
        QCOMPARE(store.drafts()->size(), 1);
        QVERIFY(store.removeDraft(QStringLiteral("c@x|n")).ok());
        QVERIFY(!store.draft(QStringLiteral("c@x|n"))->has_value());
    }

    void applicationsTakeStatusUpdates()
    {
        ServicesStore store(*m_db);
        Application a;
        a.city = QStringLiteral("c@x");
        a.node = QStringLiteral("complaints/new");
        a.title = QStringLiteral("Report");
        a.reference = QStringLiteral("CP-1");
        a.state = QStringLiteral("received");
        a.receiptXml = QStringLiteral("<command xmlns='http://jabber.org/protocol/commands'/>");
        a.submitted = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        auto id = store.addApplication(a);
        QVERIFY(id.ok() && id.value() > 0);
        const QDateTime later = a.submitted.addSecs(60);
        auto found = store.addUpdate(a.city, QStringLiteral("CP-1"), QStringLiteral("resolved"),
                                     QStringLiteral("Fixed"), later);
        QVERIFY(found.ok() && found.value());
        // Another city cannot move it on.
        auto other = store.addUpdate(QStringLiteral("d@x"), QStringLiteral("CP-1"),
                                     QStringLiteral("rejected"), QStringLiteral("No"), later);
        QVERIFY(other.ok() && !other.value());
        auto apps = store.applications();
        QCOMPARE(apps->size(), 1);
        QCOMPARE(apps->at(0).state, QStringLiteral("resolved"));
        QCOMPARE(apps->at(0).updates.size(), 1);
        QCOMPARE(apps->at(0).updates.at(0).second, QStringLiteral("Fixed"));
        QCOMPARE(apps->at(0).updates.at(0).first, later);
        QCOMPARE(apps->at(0).receiptXml, a.receiptXml);
    }

    void myInfo()
    {
        ServicesStore store(*m_db);
        QVERIFY(store.setMyInfo(QStringLiteral("id_number"), QStringLiteral("110101199003071234"))
                    .ok());
        QVERIFY(store.setMyInfo(QStringLiteral("name"), QStringLiteral("李华")).ok());
        QCOMPARE(store.myInfo()->value(QStringLiteral("name")).toString(), QStringLiteral("李华"));
        QVERIFY(store.setMyInfo(QStringLiteral("name"), QString()).ok());
        QVERIFY(!store.myInfo()->contains(QStringLiteral("name")));
        QCOMPARE(store.myInfo()->size(), 1);
    }

    void helpRequestsBothWays()
    {
        ServicesStore store(*m_db);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        HelpRequest out{0,
                        HelpRequest::Direction::Out,
                        QStringLiteral("son@x"),
                        QStringLiteral("c@x|medical/appointment"),
                        QStringLiteral("Hospital appointment"),
                        QStringLiteral("asked"),
                        QStringLiteral("<city-form/>"),
                        t};
        auto id = store.saveHelpRequest(out);
        QVERIFY(id.ok() && id.value() > 0);
        HelpRequest in = out;
        in.direction = HelpRequest::Direction::In;
        in.peer = QStringLiteral("mum@x");
        in.updated = t.addSecs(60);
        QVERIFY(store.saveHelpRequest(in).ok());
        // Same direction, peer and draft: replaced, not added.
        out.cardXml = QStringLiteral("<city-form stage='1'/>");
        QCOMPARE(store.saveHelpRequest(out).value(), id.value());
        auto all = store.helpRequests();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).direction, HelpRequest::Direction::In); // newest first
        QCOMPARE(all->at(0).peer, QStringLiteral("mum@x"));
        QCOMPARE(all->at(1).cardXml, QStringLiteral("<city-form stage='1'/>"));
        QCOMPARE(all->at(1).updated, t);
        QVERIFY(store
                    .setHelpState(HelpRequest::Direction::Out, out.draftId, QString(),
                                  QStringLiteral("submitted"))
                    .ok());
        auto one = store.helpRequest(id.value());
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE((*one)->state, QStringLiteral("submitted"));
        const auto after = store.helpRequests();
        QVERIFY(after.ok());
        for (const HelpRequest &r : after.value())
            if (r.direction == HelpRequest::Direction::In)
                QCOMPARE(r.state, QStringLiteral("asked")); // only the asked direction moved
        QVERIFY(!store.helpRequest(9999)->has_value());
    }

    void protocolHelpers()
    {
        QCOMPARE(city::categoryOf(u"medical/appointment"), QStringLiteral("medical"));
        QCOMPARE(city::categoryOf(u"housing-fund/query"), QStringLiteral("housing-fund"));
        QCOMPARE(city::categoryOf(u"survey"), QStringLiteral("other"));
        QCOMPARE(city::categoryOf(u"medicalx/a"), QStringLiteral("other"));
        xmpp::Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
        QVERIFY(!city::statusOf(m));
        m.appendChild(city::statusElement(
            {QStringLiteral("R-1"), QStringLiteral("approved"), QStringLiteral("好")}));
        const auto parsed = city::statusOf(xmpp::Element::fromXml(m.toXml()));
        QVERIFY(parsed);
        QCOMPARE(parsed->reference, QStringLiteral("R-1"));
        QCOMPARE(parsed->state, QStringLiteral("approved"));
        QCOMPARE(parsed->text, QStringLiteral("好"));
    }
};

QTEST_GUILESS_MAIN(TestServicesStore)
#include "tst_services_store.moc"

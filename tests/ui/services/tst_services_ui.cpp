// City Services on screen: the cities found at the server's well-known addresses, a lookup
// completed with the keyboard alone (mistakes refused inline, the table sorted by a click), the
// hospital appointment in four steps with My info offered and its receipt, My applications with
// the status update the service sent later; the same screens in Chinese and care mode 200 %.
#include "AppContext.h"
#include "CityModule.h"
#include "Peer.h"
#include "Provider.h"
#include "TestServer.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "services/CityServices.h"
#include "services/FormController.h"
#include "services/FormSession.h"
#include "services/ServicesController.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "storage/MemorySecretBackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QMimeData>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestServicesUi : public QObject
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
    QTemporaryDir m_photoDir;
    QByteArray m_photo; // the complaint's picture as it was dropped

    static QImage testPhoto()
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(0x8a, 0x8a, 0x84));
        for (int y = 90; y < 160; ++y)
            for (int x = 110; x < 220; ++x)
                image.setPixel(x, y, qRgb(0x2a, 0x26, 0x22));
        return image;
    }

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }
    ui::ServicesController *services() const
    {
        return qobject_cast<ui::ServicesController *>(
            m_app->features().controller(QStringLiteral("services")));
    }
    ui::FormController *form() const { return services()->form(); }
    provider::CityModule *city() const
    {
        return m_provider->module<provider::CityModule>(QStringLiteral("city"));
    }
    services::FormSession::State state() const
    {
        return form()->session() ? form()->session()->state() : services::FormSession::State::Idle;
    }
    bool editingAt(int stage) const
    {
        return state() == services::FormSession::State::Editing &&
               form()->session()->stage() == stage;
    }

    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            window()->update();
            frame.wait(1000);
        }
    }
    void shot(const QString &name)
    {
        settle();
        const QString path = m_shotDir + u'/' + name + QStringLiteral(".png");
        QVERIFY2(window()->grabWindow().save(path), qPrintable(path));
    }
    void click(const QString &name)
    {
        settle();
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(name));
        const QPoint centre =
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre);
    }
    QQuickItem *focused() const { return window()->activeFocusItem(); }
    void key(Qt::Key k) { QTest::keyClick(window(), k); }
    void typeText(const QString &text)
    {
        for (QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(window(), &press);
            QCoreApplication::sendEvent(window(), &release);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shotDir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/services");
        QDir().mkpath(m_shotDir);
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *u : {"lihua", "city-beijing", "city-shanghai"})
            QVERIFY(m_server->addUser(QString::fromLatin1(u), QStringLiteral("pw")).ok());

        provider::ProviderConfig config;
        config.host = m_server->host();
        config.port = m_server->c2sPort();
        config.caFile = m_server->caPath();
        config.dataDir = m_providerDir.path();
        config.accounts = {{QStringLiteral("city-beijing@localhost"),
                            QStringLiteral("pw"),
                            {QStringLiteral("city")}},
                           {QStringLiteral("city-shanghai@localhost"),
                            QStringLiteral("pw"),
                            {QStringLiteral("city")}}};
        config.modules.insert(
            QStringLiteral("city"),
            QJsonObject{
                {QStringLiteral("statusDelayMs"), 300},
                {QStringLiteral("cities"),
                 QJsonObject{
                     {QStringLiteral("city-beijing@localhost"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("北京 Beijing")}}},
                     {QStringLiteral("city-shanghai@localhost"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("上海 Shanghai")},
                                  {QStringLiteral("plate"), QStringLiteral("沪")}}}}}});
        m_provider =
            std::make_unique<provider::Provider>(config, provider::ModuleRegistry::builtIn());
        QVERIFY(m_provider->setUp().ok());
        m_provider->connectAll();
        QVERIFY(QTest::qWaitFor([&] { return m_provider->allOnline(); }, 20000));

        m_noKeychain.setAvailable(false);
        m_profile = std::make_unique<QTemporaryDir>();
        m_coordinator = std::make_unique<AccountCoordinator>(
            m_profile->path(), AppContext::settingsFileIn(m_profile->path()), m_noKeychain,
            QStringLiteral("a passphrase for the services test"));
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
        // My info handed over with the account (as the demo's account file does).
        preset.settings.append(
            {QStringLiteral("services.myinfo"),
             QStringLiteral("{\"address\": \"北京市东城区东四北大街 12 号\", "
                            "\"birth_date\": \"1990-03-07\", \"unknown\": \"x\"}")});
        m_coordinator->resume(preset);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return m_session->state() == ui::SessionController::State::Online; }, 30000),
            qPrintable(m_session->errorDetail()));
        QVERIFY(services());
        QVERIFY(QTest::qWaitFor([&] { return services()->isReady() && services()->isOnline(); },
                                10000));
        QTRY_COMPARE_WITH_TIMEOUT(services()->myInfoValue(QStringLiteral("address")),
                                  QStringLiteral("北京市东城区东四北大街 12 号"), 10000);
        QCOMPARE(services()->myInfoValue(QStringLiteral("birth_date")),
                 QStringLiteral("1990-03-07"));
        QVERIFY(services()->myInfoValue(QStringLiteral("unknown")).isEmpty());
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

    void citiesAndServicesShown()
    {
        m_app->navigation().setSection(ui::Navigation::Section::Discover);
        m_app->navigation().openDiscoverPage(ui::Navigation::DiscoverPage::CityServices);
        // Both cities answered at the well-known addresses, with their own names.
        QTRY_COMPARE_WITH_TIMEOUT(services()->cities().size(), 2, 10000);
        services()->setCurrentCity(QStringLiteral("city-beijing@localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("services.service.medical/appointment")),
                                 10000);
        QTRY_COMPARE(services()->currentCityName(), QStringLiteral("北京 Beijing"));
        QCOMPARE(services()->services()->rowCount(), 6);
        QVERIFY(services()->categories().size() >= 6);
        // Search and category narrow the list.
        services()->setSearch(QStringLiteral("hospital"));
        QCOMPARE(services()->services()->rowCount(), 1);
        services()->setSearch({});
        click(QStringLiteral("services.category.medical"));
        QTRY_COMPARE(services()->services()->rowCount(), 1);
        click(QStringLiteral("services.category.all"));
        QTRY_COMPARE(services()->services()->rowCount(), 6);
        click(QStringLiteral("services.pin.housing-fund/query"));
        QTRY_COMPARE(services()->pinned()->rowCount(), 1);
        shot(QStringLiteral("01-home"));
    }

    void lookupWithTheKeyboardAlone()
    {
        click(QStringLiteral("services.service.public-security/traffic-violations"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(0), 10000);
        settle();
        // The first field has the focus: type a wrong plate, Tab over the list, the engine.
        QTRY_VERIFY(focused() && focused()->objectName() == u"services.field.plate");
        typeText(QStringLiteral("AB1"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QTRY_VERIFY(focused() && focused()->objectName() == u"services.field.engine");
        typeText(QStringLiteral("A12B34"));
        const int before = int(city()->submissions().size());
        key(Qt::Key_Return);
        settle();
        // Refused here, in words, and nothing was sent.
        QTRY_VERIFY(item(QStringLiteral("services.field.plate.problem")));
        QVERIFY(!item(QStringLiteral("services.field.plate.problem"))
                     ->property("text")
                     .toString()
                     .isEmpty());
        QCOMPARE(int(city()->submissions().size()), before);
        shot(QStringLiteral("02-refused-inline"));
        // Focus went back to the field with the mistake: fix it with the keyboard.
        QTRY_VERIFY(focused() && focused()->objectName() == u"services.field.plate");
        QTest::keySequence(window(), QKeySequence::SelectAll);
        key(Qt::Key_Backspace);
        typeText(QStringLiteral("京N8K2Q7"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(state() == services::FormSession::State::Completed, 10000);
        QCOMPARE(int(city()->submissions().size()), before + 1);
        QCOMPARE(city()->submissions().last().values.value(QStringLiteral("plate")),
                 QStringList{QStringLiteral("京N8K2Q7")});
        QCOMPARE(city()->submissions().last().values.value(QStringLiteral("engine")),
                 QStringList{QStringLiteral("A12B34")});
        QTRY_VERIFY(item(QStringLiteral("services.result.table")));
        QVERIFY(form()->table()->rowCount() >= 2);
        // Sorting by the fine puts the biggest first after two clicks.
        click(QStringLiteral("services.table.sort.3"));
        click(QStringLiteral("services.table.sort.3"));
        QTRY_VERIFY(!form()->table()->sortAscending());
        const double first = form()
                                 ->table()
                                 ->data(form()->table()->index(0), ui::ResultTableModel::CellsRole)
                                 .toStringList()
                                 .value(3)
                                 .toDouble();
        const double last = form()
                                ->table()
                                ->data(form()->table()->index(form()->table()->rowCount() - 1),
                                       ui::ResultTableModel::CellsRole)
                                .toStringList()
                                .value(3)
                                .toDouble();
        QVERIFY(first >= last);
        shot(QStringLiteral("03-result-table"));
        click(QStringLiteral("services.form.close"));
        QTRY_COMPARE(services()->view(), QStringLiteral("home"));
    }

    void appointmentInFourSteps()
    {
        services()->setMyInfo(QStringLiteral("name"), QStringLiteral("李华"));
        services()->setMyInfo(QStringLiteral("id_number"), QStringLiteral("110101199003071234"));
        services()->setMyInfo(QStringLiteral("phone"), QStringLiteral("13800138000"));
        click(QStringLiteral("services.service.medical/appointment"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(0), 10000);
        QTRY_COMPARE(item(QStringLiteral("services.form.step"))->property("text").toString(),
                     QStringLiteral("Step 1 of 4"));
        QTRY_VERIFY(item(QStringLiteral("services.field.hospital.image")));
        QQuickItem *image = item(QStringLiteral("services.field.hospital.image"));
        QTRY_VERIFY2(image->property("status").toInt() ==
                         1, // Image.Ready: the cid: picture (XEP-0231)
                     qPrintable(image->property("source").toString().left(60) + u' ' +
                                QString::number(image->property("status").toInt())));
        QVERIFY(image->width() > 0 && image->height() > 0);
        shot(QStringLiteral("04-step1"));
        // Keyboard: Down chooses the first hospital, Enter goes on.
        QTRY_VERIFY(focused() && focused()->objectName() == u"services.field.hospital");
        key(Qt::Key_Down);
        QTRY_VERIFY(!form()->valuesOf(QStringLiteral("hospital")).isEmpty());
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(1), 10000);
        form()->setValue(QStringLiteral("department"), QStringLiteral("cardiology"));
        click(QStringLiteral("services.form.next"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(2), 10000);
        form()->setValue(QStringLiteral("doctor"), QStringLiteral("d1"));
        form()->setValue(QStringLiteral("day"),
                         QDate::currentDate().addDays(2).toString(Qt::ISODate));
        form()->setValue(QStringLiteral("slot"), QStringLiteral("10:30"));
        QTRY_COMPARE(item(QStringLiteral("services.form.step"))->property("text").toString(),
                     QStringLiteral("Step 3 of 4 · page 1 of 2"));
        shot(QStringLiteral("05-step3-page1"));
        click(QStringLiteral("services.form.next"));
        QTRY_COMPARE(form()->session()->page(), 1);
        // My info is offered (masked), never filled without a click.
        QTRY_VERIFY(item(QStringLiteral("services.field.id_number.useMyInfo")));
        QVERIFY(form()->valuesOf(QStringLiteral("id_number")).isEmpty());
        shot(QStringLiteral("06-step3-patient"));
        click(QStringLiteral("services.field.patient_name.useMyInfo"));
        click(QStringLiteral("services.field.id_number.useMyInfo"));
        click(QStringLiteral("services.field.phone.useMyInfo"));
        QTRY_COMPARE(form()->valuesOf(QStringLiteral("id_number")),
                     QStringList{QStringLiteral("110101199003071234")});
        // Back and forth keeps every value.
        click(QStringLiteral("services.form.back"));
        QTRY_COMPARE(form()->session()->page(), 0);
        click(QStringLiteral("services.form.back"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(1), 10000);
        QCOMPARE(form()->valuesOf(QStringLiteral("department")),
                 QStringList{QStringLiteral("cardiology")});
        click(QStringLiteral("services.form.next"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(2), 10000);
        QCOMPARE(form()->valuesOf(QStringLiteral("slot")), QStringList{QStringLiteral("10:30")});
        click(QStringLiteral("services.form.next"));
        QTRY_COMPARE(form()->session()->page(), 1);
        QCOMPARE(form()->valuesOf(QStringLiteral("phone")),
                 QStringList{QStringLiteral("13800138000")});
        click(QStringLiteral("services.form.next"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(3), 10000);
        QTRY_VERIFY(item(QStringLiteral("services.form.note.0")));
        shot(QStringLiteral("07-step4-confirm"));
        click(QStringLiteral("services.form.submit"));
        settle();
        QTRY_VERIFY(item(QStringLiteral("services.field.agree.problem"))); // required
        form()->setValue(QStringLiteral("agree"), QStringLiteral("1"));
        click(QStringLiteral("services.form.submit"));
        QTRY_VERIFY_WITH_TIMEOUT(state() == services::FormSession::State::Completed, 10000);
        QCOMPARE(city()->submissions().last().values.value(QStringLiteral("id_number")),
                 QStringList{QStringLiteral("110101199003071234")});
        QTRY_VERIFY(item(QStringLiteral("services.result.reference")));
        QCOMPARE(item(QStringLiteral("services.result.reference"))->property("text").toString(),
                 city()->submissions().last().reference);
        shot(QStringLiteral("08-receipt"));
        click(QStringLiteral("services.form.close"));
    }

    void applicationsShowStatusUpdates()
    {
        click(QStringLiteral("services.tab.applications"));
        QTRY_VERIFY_WITH_TIMEOUT(!services()->applications().isEmpty() &&
                                     services()
                                             ->applications()
                                             .first()
                                             .toMap()
                                             .value(QStringLiteral("updates"))
                                             .toList()
                                             .size() == 2,
                                 10000);
        QTRY_COMPARE(
            item(QStringLiteral("services.application.state.0"))->property("text").toString(),
            QStringLiteral("Confirmed"));
        QVERIFY(item(QStringLiteral("services.application.qr.0")));
        shot(QStringLiteral("09-applications"));
        click(QStringLiteral("services.tab.myInfo"));
        QTRY_VERIFY(item(QStringLiteral("services.myInfo.id_number.shown")));
        QCOMPARE(
            item(QStringLiteral("services.myInfo.id_number.shown"))->property("text").toString(),
            QStringLiteral("1101**********1234"));
        shot(QStringLiteral("10-myinfo"));
    }

    void draftKeptWhenClosed()
    {
        click(QStringLiteral("services.tab.home"));
        // Below the fold at this size: opened as the row would open it.
        services()->openService(QStringLiteral("city-beijing@localhost"),
                                QStringLiteral("complaints/new"),
                                QStringLiteral("Report a problem"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(0), 10000);
        form()->setValue(QStringLiteral("place"), QStringLiteral("Jianguo Road 88"));
        form()->setValues(QStringLiteral("when"), {QStringLiteral("night")});
        shot(QStringLiteral("11-complaint"));
        key(Qt::Key_Escape);
        QTRY_COMPARE(services()->view(), QStringLiteral("home"));
        QCOMPARE(services()->drafts().size(), 1);
        click(QStringLiteral("services.tab.applications"));
        click(QStringLiteral("services.draft.resume.0"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(0), 10000);
        QCOMPARE(form()->valuesOf(QStringLiteral("place")),
                 QStringList{QStringLiteral("Jianguo Road 88")});
        QCOMPARE(form()->valuesOf(QStringLiteral("when")), QStringList{QStringLiteral("night")});
    }

    void complaintPhotoDroppedAndShown()
    {
        // The complaint's photo field is a picture picker: a file dropped on it is shown at once
        // and uploaded (XEP-0363); its URL becomes the value.
        QVERIFY(editingAt(0));
        settle();
        QQuickItem *drop = item(QStringLiteral("services.field.photo.drop"));
        QVERIFY(drop);
        QVERIFY(item(QStringLiteral("services.field.photo.choose")));
        QVERIFY(!item(QStringLiteral("services.field.photo.preview")));
        const QString path = m_photoDir.filePath(QStringLiteral("pothole.png"));
        QVERIFY(testPhoto().save(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_photo = file.readAll();
        // Scrolled to the picture (below the fold), where it is dropped.
        if (QQuickItem *view = item(QStringLiteral("services.form.scroll"))) {
            auto *flick = qvariant_cast<QQuickItem *>(view->property("contentItem"));
            auto *content =
                flick ? qvariant_cast<QQuickItem *>(flick->property("contentItem")) : nullptr;
            if (content) {
                const qreal bottom =
                    std::max(0.0, flick->property("contentHeight").toReal() - flick->height());
                flick->setProperty(
                    "contentY",
                    std::min(bottom, drop->mapToItem(content, QPointF()).y() - drop->height()));
            }
        }
        settle();
        const QPointF centre = drop->mapToScene(QPointF(drop->width() / 2, drop->height() / 2));
        QVERIFY(window()->contentItem()->contains(centre));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(window(), &enter);
        QDragMoveEvent move(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(window(), &move);
        QDropEvent dropped(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(window(), &dropped);
        QTRY_VERIFY(form()->photos().contains(QStringLiteral("photo")));
        QTRY_VERIFY(item(QStringLiteral("services.field.photo.preview")));
        QTRY_COMPARE_WITH_TIMEOUT(
            form()->photos().value(QStringLiteral("photo")).toMap().value(QStringLiteral("state")),
            QVariant(QStringLiteral("done")), 10000);
        QVERIFY(form()->valuesOf(QStringLiteral("photo")).value(0).startsWith(u"https://"));
        QTRY_VERIFY(item(QStringLiteral("services.field.photo.status"))
                        ->property("text")
                        .toString()
                        .contains(u"pothole.png"));
        // Not a picture: refused in the field, the value stays empty.
        QVERIFY(!form()->attachPhotoData(QStringLiteral("photo"), "just text",
                                         QStringLiteral("notes.txt")));
        QVERIFY(form()->valuesOf(QStringLiteral("photo")).isEmpty());
        QVERIFY(item(QStringLiteral("services.field.photo.status"))
                    ->property("text")
                    .toString()
                    .contains(u"not a picture"));
        QVERIFY(form()->attachPhoto(QStringLiteral("photo"), QUrl::fromLocalFile(path)));
        QTRY_COMPARE_WITH_TIMEOUT(
            form()->photos().value(QStringLiteral("photo")).toMap().value(QStringLiteral("state")),
            QVariant(QStringLiteral("done")), 10000);
        shot(QStringLiteral("11b-complaint-photo"));
    }

    void chineseAndCareMode()
    {
        // The same screens at 200 % text and in Chinese: the complaint form (sections, every
        // input type) and the appointment's patient page.
        m_app->preferences().setLanguage(QStringLiteral("zh_CN"));
        shot(QStringLiteral("12-complaint-zh"));
        m_app->preferences().setCareMode(true);
        m_app->preferences().setScalePercent(200);
        shot(QStringLiteral("13-complaint-zh-care200"));
        m_app->preferences().setLanguage(QStringLiteral("en"));
        shot(QStringLiteral("14-complaint-care200"));
        form()->close();
        click(QStringLiteral("services.tab.home"));
        shot(QStringLiteral("15-home-care200"));
        click(QStringLiteral("services.tab.applications"));
        shot(QStringLiteral("16-applications-care200"));
        m_app->preferences().setCareMode(false);
        m_app->preferences().setScalePercent(100);
    }

    void complaintWithPhotoSubmitted()
    {
        // The draft kept the uploaded picture's URL; submitted, the city fetched the same bytes.
        QCOMPARE(services()->drafts().size(), 1);
        click(QStringLiteral("services.draft.resume.0"));
        QTRY_VERIFY_WITH_TIMEOUT(editingAt(0), 10000);
        const QString url = form()->valuesOf(QStringLiteral("photo")).value(0);
        QVERIFY(url.startsWith(u"https://"));
        QTRY_VERIFY(item(QStringLiteral("services.field.photo.status"))
                        ->property("text")
                        .toString()
                        .contains(u"attached"));
        form()->setValue(QStringLiteral("kind"), QStringLiteral("roads"));
        form()->setValues(QStringLiteral("description"),
                          {QStringLiteral("A deep pothole in the cycle lane.")});
        QVERIFY(form()->complete());
        QTRY_VERIFY_WITH_TIMEOUT(state() == services::FormSession::State::Completed, 10000);
        const auto &sub = city()->submissions().last();
        QCOMPARE(sub.node, QStringLiteral("complaints/new"));
        QCOMPARE(sub.values.value(QStringLiteral("photo")), QStringList{url});
        QCOMPARE(sub.photoSha256,
                 QCryptographicHash::hash(m_photo, QCryptographicHash::Sha256).toHex());
        form()->close();
    }

    void familyCardInChat()
    {
        // 张伟 (a slixmpp client) asks for help: the chat shows the card with Open, which opens
        // his form in City Services, filled in here and sent back as a card.
        QVERIFY(m_server->addUser(QStringLiteral("zhangwei"), QStringLiteral("pw")).ok());
        test::Peer peer(QStringLiteral("zhangwei"));
        QVERIFY(peer.start().ok());
        QVERIFY(peer.signIn(*m_server, QStringLiteral("zhangwei"), QStringLiteral("pw")).ok());
        const QString card = QStringLiteral(
            "<message xmlns='jabber:client' to='lihua@localhost' type='chat' id='help-1'>"
            "<body>Please help me fill in this form: Housing fund</body>"
            "<city-form xmlns='urn:teahouse:city:0' type='request' "
            "id='city-beijing@localhost|housing-fund/query' stage='0' service='Housing fund'>"
            "<x xmlns='jabber:x:data' type='form'><title>Housing fund</title>"
            "<field var='id_number' type='text-single' label='ID number'><required/>"
            "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'>"
            "<regex>[0-9]{17}[0-9X]</regex></validate></field>"
            "<field var='birth_date' type='text-single' label='Date of birth'><required/>"
            "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:date'>"
            "<basic/></validate></field></x></city-form></message>");
        QVERIFY(peer.request({{QStringLiteral("cmd"), QStringLiteral("raw")},
                              {QStringLiteral("xml"), card}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(services()->pendingHelp(), 1, 10000);
        m_app->navigation().openChat(QStringLiteral("zhangwei@localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("services.card.open")), 10000);
        QCOMPARE(item(QStringLiteral("services.card.title"))->property("text").toString(),
                 QStringLiteral("zhangwei asks you to fill: Housing fund"));
        shot(QStringLiteral("17-family-card"));
        m_app->preferences().setLanguage(QStringLiteral("zh_CN"));
        m_app->preferences().setCareMode(true);
        m_app->preferences().setScalePercent(200);
        shot(QStringLiteral("18-family-card-zh-care200"));
        m_app->preferences().setLanguage(QStringLiteral("en"));
        m_app->preferences().setCareMode(false);
        m_app->preferences().setScalePercent(100);
        click(QStringLiteral("services.card.open"));
        QTRY_COMPARE(services()->view(), QStringLiteral("form"));
        QVERIFY(form()->isLocal());
        QTRY_COMPARE(m_app->navigation().discoverPage(),
                     ui::Navigation::DiscoverPage::CityServices);
        // Someone else's form: my details are not offered.
        QVERIFY(!item(QStringLiteral("services.field.id_number.useMyInfo")));
        form()->setValue(QStringLiteral("id_number"), QStringLiteral("110101196501011234"));
        form()->setValue(QStringLiteral("birth_date"), QStringLiteral("1965-01-01"));
        shot(QStringLiteral("19-family-form"));
        QVERIFY(form()->complete());
        QTRY_COMPARE(services()->helpRequests().first().toMap().value(QStringLiteral("state")),
                     QVariant(QStringLiteral("sent")));
        auto back = peer.waitForEvent([](const QJsonObject &e) {
            return e.value(u"event").toString() == u"message" &&
                   e.value(u"body").toString().contains(u"Housing fund");
        });
        QVERIFY2(back, qPrintable(peer.diagnostics()));
        click(QStringLiteral("services.tab.applications"));
        QTRY_VERIFY(item(QStringLiteral("services.help.state.0")));
        QCOMPARE(item(QStringLiteral("services.help.state.0"))->property("text").toString(),
                 QStringLiteral("Sent back"));
        shot(QStringLiteral("20-family-help-list"));
    }
};

QTEST_MAIN(TestServicesUi)
#include "tst_services_ui.moc"

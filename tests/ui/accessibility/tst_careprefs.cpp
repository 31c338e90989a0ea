// Care mode in the app: the preferences behind it (quiet mode, reading incoming messages
// aloud, the first-start question, the system's text size), the question itself, the
// simplified rail, the Settings section, and keyboard focus that can be seen on each control.
#include "AppContext.h"
#include "AuditControllers.h"
#include "common/ReadAloud.h"
#include "common/Theme.h"
#include "features/FeatureList.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "shell/SystemTextSize.h"

#include <QAccessible>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using teahouse::app::AppContext;
using teahouse::app::CommandLineOptions;
using teahouse::ui::Navigation;
using teahouse::ui::Preferences;
using teahouse::ui::ReadAloud;
using teahouse::ui::SystemTextSize;

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

// A visible FocusRing (a transparent Rectangle with a border in the Theme's focus colour)
// somewhere inside item.
bool hasVisibleFocusRing(QQuickItem *item, const QColor &ring, const QColor &railRing)
{
    if (!item || !item->isVisible())
        return false;
    if (item->inherits("QQuickRectangle")) {
        QObject *border = item->property("border").value<QObject *>();
        const QColor color = border ? border->property("color").value<QColor>() : QColor();
        if (border && border->property("width").toReal() >= 2 &&
            (color == ring || color == railRing))
            return true;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        if (hasVisibleFocusRing(child, ring, railRing))
            return true;
    return false;
}

} // namespace

class TestCarePrefs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<AppContext> m_app;

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }
    bool shown(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found && found->isVisible() && found->width() > 0;
    }

    void start(CommandLineOptions options = {})
    {
        options.profileDir = m_profile->path();
        auto session = std::make_unique<AuditSessionController>();
        AuditSessionController *fake = session.get();
        AppContext::Controllers controllers;
        controllers.session = std::move(session);
        controllers.unlock = std::make_unique<AuditUnlockController>();
        // The real features (without an account): the sections need their modules' types.
        controllers.features = &teahouse::app::makeFeatures;
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        QVERIFY(m_app->start().ok());
        fake->signedIn(QStringLiteral("lihua@localhost"));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        settle();
    }

    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            window()->update();
            frame.wait(2000);
        }
    }

    ReadAloud *readAloud() const
    {
        return m_app->engine().singletonInstance<ReadAloud *>(
            qmlTypeId("Teahouse.Ui", 1, 0, "ReadAloud"));
    }

    void save(const QString &name)
    {
        const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots");
        QDir().mkpath(dir);
        window()->grabWindow().save(dir + QStringLiteral("/tst_careprefs-") + name +
                                    QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window())
            save(QString::fromLatin1(QTest::currentTestFunction()));
        m_app.reset();
        m_profile.reset();
    }

    void newOptionsAreSaved()
    {
        const QString file = m_profile->filePath("settings.ini");
        {
            Preferences preferences(file);
            QCOMPARE(preferences.quietMode(), false);
            QCOMPARE(preferences.readIncomingAloud(), false);
            QSignalSpy quiet(&preferences, &Preferences::quietModeChanged);
            QSignalSpy read(&preferences, &Preferences::readIncomingAloudChanged);
            preferences.setQuietMode(true);
            preferences.setReadIncomingAloud(true);
            QCOMPARE(quiet.size(), 1);
            QCOMPARE(read.size(), 1);
        }
        Preferences reread(file);
        QCOMPARE(reread.quietMode(), true);
        QCOMPARE(reread.readIncomingAloud(), true);
    }

    void careOfferIsAskedOnce()
    {
        const QString file = m_profile->filePath("settings.ini");
        {
            Preferences preferences(file);
            // Not without an interactive start.
            QCOMPARE(preferences.careModeOfferPending(), false);
            QSignalSpy changed(&preferences, &Preferences::careModeOfferChanged);
            preferences.enableCareModeOffer();
            QCOMPARE(preferences.careModeOfferPending(), true);
            QCOMPARE(changed.size(), 1);
            preferences.answerCareModeOffer(false);
            QCOMPARE(preferences.careModeOfferPending(), false);
            QCOMPARE(preferences.careMode(), false);
        }
        {
            Preferences preferences(file);
            preferences.enableCareModeOffer();
            QCOMPARE(preferences.careModeOfferPending(), false); // answered before
        }
        // Accepting turns care mode on, at 150 %, and is saved.
        QTemporaryDir other;
        const QString file2 = other.filePath("settings.ini");
        {
            Preferences preferences(file2);
            preferences.enableCareModeOffer();
            preferences.answerCareModeOffer(true);
            QCOMPARE(preferences.careMode(), true);
            QCOMPARE(preferences.scalePercent(), 150);
        }
        Preferences reread(file2);
        QCOMPARE(reread.careMode(), true);
        reread.enableCareModeOffer();
        QCOMPARE(reread.careModeOfferPending(), false);
    }

    void systemTextSize_data()
    {
        QTest::addColumn<qreal>("points");
        QTest::addColumn<int>("percent");
        QTest::newRow("windows 9pt") << 9.0 << 100;
        QTest::newRow("kde 10pt") << 10.0 << 100;
        QTest::newRow("gnome 11pt") << 11.0 << 100;
        QTest::newRow("14pt") << 14.0 << 130;
        QTest::newRow("16.5pt") << 16.5 << 150;
        QTest::newRow("22pt") << 22.0 << 200;
        QTest::newRow("30pt") << 30.0 << 200;
    }

    void systemTextSize()
    {
        QFETCH(qreal, points);
        QFETCH(int, percent);
        QFont font(QStringLiteral("Sans"));
        font.setPointSizeF(points);
        QCOMPARE(SystemTextSize::percentFor(font), percent);
        QFont pixels(QStringLiteral("Sans"));
        pixels.setPixelSize(qRound(points * 96 / 72));
        QCOMPARE(SystemTextSize::percentFor(pixels), percent);
    }

    void systemTextSizeUntilTheUserChooses()
    {
        const QString file = m_profile->filePath("settings.ini");
        {
            Preferences preferences(file);
            preferences.useSystemScalePercent(130);
            QCOMPARE(preferences.scalePercent(), 130);
        }
        {
            // Not saved: a later start follows the system again.
            Preferences preferences(file);
            QCOMPARE(preferences.scalePercent(), 100);
            preferences.setScalePercent(110); // the user's own choice wins from now on
            preferences.useSystemScalePercent(130);
            QCOMPARE(preferences.scalePercent(), 110);
        }
        Preferences reread(file);
        reread.useSystemScalePercent(160);
        QCOMPARE(reread.scalePercent(), 110);
        // Care mode keeps its 150 % floor whatever the system says.
        QTemporaryDir other;
        Preferences care(other.filePath("settings.ini"));
        care.setCareMode(true);
        QCOMPARE(care.scalePercent(), 150);
    }

    void careModeOffRestoresTheSizeItReplaced()
    {
        const QString file = m_profile->filePath("settings.ini");
        {
            Preferences preferences(file);
            preferences.setScalePercent(110);
            preferences.setCareMode(true);
            QCOMPARE(preferences.scalePercent(), 150);
        }
        {
            // Across a restart: care mode still knows the size it replaced.
            Preferences preferences(file);
            QCOMPARE(preferences.scalePercent(), 150);
            preferences.setCareMode(false);
            QCOMPARE(preferences.scalePercent(), 110);
            // A size the user picks while in care mode stays when care mode goes off.
            preferences.setCareMode(true);
            QCOMPARE(preferences.scalePercent(), 150);
            preferences.setScalePercent(180);
            preferences.setCareMode(false);
            QCOMPARE(preferences.scalePercent(), 180);
            // And a larger size chosen before care mode is not lowered by it either way.
            preferences.setCareMode(true);
            QCOMPARE(preferences.scalePercent(), 180);
            preferences.setCareMode(false);
            QCOMPARE(preferences.scalePercent(), 180);
        }
        Preferences reread(file);
        QCOMPARE(reread.careMode(), false);
        QCOMPARE(reread.scalePercent(), 180);
    }

    void firstStartQuestion()
    {
        start();
        // Tests run offscreen: the app does not ask by itself.
        QCOMPARE(m_app->preferences().careModeOfferPending(), false);
        QVERIFY(!shown("care.offer.accept"));
        m_app->preferences().enableCareModeOffer();
        settle();
        QTRY_VERIFY(shown("care.offer.accept"));
        QVERIFY(shown("care.offer.decline"));
        QVERIFY(shown("care.offer.title"));
        save("offer");
        QAccessibleInterface *accept =
            QAccessible::queryAccessibleInterface(item("care.offer.accept"));
        QCOMPARE(accept->text(QAccessible::Name), "Use care mode");
        // The accept button has focus: Enter/Space answers it from the keyboard.
        QVERIFY(item("care.offer.accept")->hasActiveFocus());
        QTest::keyClick(window(), Qt::Key_Space);
        settle();
        QCOMPARE(m_app->preferences().careMode(), true);
        QCOMPARE(m_app->theme()->careMode(), true);
        QCOMPARE(m_app->preferences().scalePercent(), 150);
        QTRY_VERIFY(!shown("care.offer.accept"));
        QSettings saved(m_profile->filePath("settings.ini"), QSettings::IniFormat);
        QCOMPARE(saved.value("ui/careModeOffered").toBool(), true);
        QCOMPARE(saved.value("ui/careMode").toBool(), true);
    }

    void railIsSimplerInCareMode()
    {
        start();
        const QStringList all = {"rail.avatar",   "rail.chats",  "rail.contacts",
                                 "rail.discover", "rail.wallet", "rail.settings"};
        for (const QString &name : all)
            QVERIFY2(shown(name), qPrintable(name));
        m_app->preferences().setCareMode(true);
        settle();
        save("rail-care");
        for (const QString &name :
             {"rail.chats", "rail.contacts", "rail.discover", "rail.settings"})
            QVERIFY2(shown(name), qPrintable(name));
        QVERIFY(!shown("rail.avatar"));
        QVERIFY(!shown("rail.wallet"));
        // Each entry's name is written under its icon.
        QQuickItem *chats = item("rail.chats");
        QList<QQuickItem *> labels;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *i) {
            if (i->isVisible() && i->inherits("QQuickText") &&
                i->property("text").toString() == "Chats")
                labels.append(i);
            for (QQuickItem *c : i->childItems())
                walk(c);
        };
        walk(chats);
        QCOMPARE(labels.size(), 1);
        QVERIFY(chats->height() >= m_app->theme()->minimumHitSize());

        // The wallet opens from Settings instead.
        m_app->navigation().setSection(Navigation::Section::Settings);
        settle();
        QVERIFY(shown("settings.wallet"));
        QVERIFY(QMetaObject::invokeMethod(item("settings.wallet"), "clicked"));
        QCOMPARE(m_app->navigation().section(), Navigation::Section::Wallet);
    }

    void settingsCareSection()
    {
        start();
        m_app->navigation().setSection(Navigation::Section::Settings);
        settle();
        for (const QString &name : {"settings.careMode", "settings.scale", "settings.readIncoming",
                                    "settings.quietMode", "settings.readSample"}) {
            QVERIFY2(shown(name), qPrintable(name));
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item(name));
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(name));
        }
        // The switches explain themselves to screen readers.
        QVERIFY(!QAccessible::queryAccessibleInterface(item("settings.quietMode"))
                     ->text(QAccessible::Description)
                     .isEmpty());

        ReadAloud *reader = readAloud();
        QVERIFY(reader);
        QCOMPARE(reader->readIncoming(), false);
        QVERIFY(QMetaObject::invokeMethod(item("settings.readIncoming"), "toggle"));
        QVERIFY(QMetaObject::invokeMethod(item("settings.readIncoming"), "toggled"));
        QCOMPARE(m_app->preferences().readIncomingAloud(), true);
        QCOMPARE(reader->readIncoming(), true);
        QVERIFY(QMetaObject::invokeMethod(item("settings.quietMode"), "toggle"));
        QVERIFY(QMetaObject::invokeMethod(item("settings.quietMode"), "toggled"));
        QCOMPARE(m_app->preferences().quietMode(), true);
        QCOMPARE(reader->quiet(), true);

        // Care mode: the slider runs from 150 % to 200 %.
        m_app->preferences().setCareMode(true);
        settle();
        QCOMPARE(item("settings.scale")->property("from").toInt(), 150);
        QCOMPARE(item("settings.scale")->property("to").toInt(), 200);
        save("settings-care");
        Preferences reread(m_profile->filePath("settings.ini"));
        QCOMPARE(reread.quietMode(), true);
        QCOMPARE(reread.readIncomingAloud(), true);
    }

    void keyboardFocusIsVisible_data()
    {
        QTest::addColumn<bool>("care");
        QTest::newRow("normal") << false;
        QTest::newRow("care") << true;
    }

    // Tab goes through the Settings controls, and whichever has focus shows a focus ring.
    void keyboardFocusIsVisible()
    {
        QFETCH(bool, care);
        CommandLineOptions options;
        options.careMode = care;
        start(options);
        m_app->navigation().setSection(Navigation::Section::Settings);
        settle();
        const QColor ring = m_app->theme()->focusRing();
        const QColor railRing = m_app->theme()->railFocusRing();
        item("settings.language")->forceActiveFocus(Qt::TabFocusReason);
        QStringList reached;
        for (int i = 0; i < 30; ++i) {
            QQuickItem *focused = window()->activeFocusItem();
            QVERIFY(focused);
            // The control that has focus (a text field's inner editor belongs to its field).
            QQuickItem *control = focused;
            while (control && control->objectName().isEmpty())
                control = control->parentItem();
            QVERIFY(control);
            reached << control->objectName();
            settle();
            QVERIFY2(control->property("visualFocus").toBool() ||
                         control->property("activeFocus").toBool(),
                     qPrintable(control->objectName()));
            QVERIFY2(hasVisibleFocusRing(control, ring, railRing) ||
                         focused->inherits("QQuickTextInput"),
                     qPrintable(control->objectName() + " shows no focus ring"));
            QTest::keyClick(window(), Qt::Key_Tab);
        }
        for (const QString &name :
             {"settings.language", "settings.careMode", "settings.scale", "settings.readSample",
              "settings.readIncoming", "settings.quietMode"})
            QVERIFY2(reached.contains(name),
                     qPrintable(name + " not reached by Tab: " + reached.join(u' ')));
    }
};

QTEST_MAIN(TestCarePrefs)
#include "tst_careprefs.moc"

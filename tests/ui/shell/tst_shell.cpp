// The shell as the app builds it (AppContext, offscreen), driven through its objectNames the
// way scenario scripts will: screens, sign-in and unlock flows, language and care mode, the
// screenshot tour. On failure the window is saved to <build>/test-screenshots/.
#include "AppContext.h"
#include "FakeSessionController.h"
#include "FakeUnlockController.h"
#include "ScreenshotTour.h"
#include "common/Theme.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"

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
using teahouse::ui::SessionController;
using teahouse::ui::UnlockController;
using Section = Navigation::Section;
using Page = Navigation::DiscoverPage;

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

void collectTexts(QQuickItem *root, QList<QQuickItem *> &out)
{
    if (!root || !root->isVisible())
        return;
    if (root->inherits("QQuickText"))
        out.append(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}

// Where a Text item's glyphs are, in scene coordinates (its box may be wider than its text).
QRectF inkRect(QQuickItem *text)
{
    const qreal w = std::min(text->width(), text->property("contentWidth").toReal());
    const qreal h = std::min(text->height(), text->property("contentHeight").toReal());
    const int hAlign = text->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = text->property("verticalAlignment").toInt();
    qreal x = 0;
    if (hAlign & Qt::AlignRight)
        x = text->width() - w;
    else if (hAlign & Qt::AlignHCenter)
        x = (text->width() - w) / 2;
    qreal y = 0;
    if (vAlign & Qt::AlignBottom)
        y = text->height() - h;
    else if (vAlign & Qt::AlignVCenter)
        y = (text->height() - h) / 2;
    return text->mapRectToScene(QRectF(x, y, w, h));
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<AppContext> m_app;
    FakeSessionController *m_session = nullptr;
    FakeUnlockController *m_unlock = nullptr;

    void start(UnlockController::Mode mode = UnlockController::Mode::EnterPassphrase,
               CommandLineOptions options = {})
    {
        options.profileDir = m_profile->path();
        auto session = std::make_unique<FakeSessionController>();
        auto unlock = std::make_unique<FakeUnlockController>(mode);
        m_session = session.get();
        m_unlock = unlock.get();
        m_app = std::make_unique<AppContext>(
            std::move(options), AppContext::Controllers{.session = std::move(session), .unlock = std::move(unlock)});
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    // Unlocked and signed in: the shell proper.
    void startSignedIn(CommandLineOptions options = {})
    {
        start(UnlockController::Mode::EnterPassphrase, std::move(options));
        m_unlock->unlock(m_unlock->correct);
        m_session->signedIn(QStringLiteral("anna@example.org"));
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Main);
    }

    QQuickWindow *window() const { return m_app->window(); }

    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }

    QString text(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }

    bool shown(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found && found->isVisible() && found->width() > 0 && found->height() > 0;
    }

    // Wrapped text may take a second layout pass: let a few frames through.
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            window()->update();
            frame.wait(2000);
        }
    }

    // Scrolls every Flickable around the item so that it is inside the window.
    void scrollIntoView(QQuickItem *target)
    {
        for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            const QRectF r = target->mapRectToItem(content, target->boundingRect());
            const qreal contentY = p->property("contentY").toReal();
            if (r.top() < contentY)
                p->setProperty("contentY", r.top());
            else if (r.bottom() > contentY + p->height())
                p->setProperty("contentY", r.bottom() - p->height());
        }
    }

    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(name));
        settle();
        scrollIntoView(target);
        settle();
        const QPoint centre =
            target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QVERIFY2(window()->contentItem()->contains(centre), qPrintable(name + " is off screen"));
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre);
        settle();
    }

    void type(const QString &name, const QString &value)
    {
        QQuickItem *field = item(name);
        QVERIFY2(field, qPrintable(name));
        QVERIFY(field->setProperty("text", value));
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window()) {
            const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots");
            QDir().mkpath(dir);
            QString name = QString::fromLatin1(QTest::currentTestFunction());
            if (QTest::currentDataTag())
                name += u'-' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
            const QString path =
                dir + QStringLiteral("/tst_shell-") + name + QStringLiteral(".png");
            window()->grabWindow().save(path);
            qWarning("screenshot of the failure: %s", qPrintable(path));
        }
        m_app.reset();
        m_profile.reset();
    }

    void stagesFollowTheControllers()
    {
        start();
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Unlock);
        QVERIFY(shown("unlock.passphrase"));
        m_unlock->unlock(m_unlock->correct);
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
        QTRY_VERIFY(shown("signin.account"));
        m_session->signedIn("anna@example.org");
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Main);
        QTRY_VERIFY(shown("rail.chats"));
        m_session->signOut();
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
    }

    void everyScreenHasItsObjects_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("names");
        const QStringList rail = {"rail.avatar",   "rail.chats",  "rail.contacts",
                                  "rail.discover", "rail.wallet", "rail.settings"};
        QTest::newRow("chats") << int(Section::Chats) << int(Page::Overview)
                               << rail + QStringList{"chats.search", "chats.list", "chats.empty",
                                                     "chats.openContacts"};
        QTest::newRow("contacts") << int(Section::Contacts) << int(Page::Overview)
                                  << rail + QStringList{"contacts.search", "contacts.empty",
                                                        "contacts.scan"};
        const QStringList discover = {"discover.search", "discover.moments",
                                      "discover.officialAccounts", "discover.scan",
                                      "discover.cityServices"};
        QTest::newRow("discover") << int(Section::Discover) << int(Page::Overview)
                                  << rail + discover + QStringList{"discover.empty"};
        QTest::newRow("moments") << int(Section::Discover) << int(Page::Moments)
                                 << discover + QStringList{"moments.empty"};
        QTest::newRow("official accounts") << int(Section::Discover) << int(Page::OfficialAccounts)
                                           << discover + QStringList{"officialAccounts.empty"};
        QTest::newRow("scan") << int(Section::Discover) << int(Page::Scan)
                              << discover + QStringList{"scan.empty"};
        QTest::newRow("city services") << int(Section::Discover) << int(Page::CityServices)
                                       << discover + QStringList{"cityServices.empty"};
        QTest::newRow("wallet") << int(Section::Wallet) << int(Page::Overview)
                                << rail + QStringList{"wallet.empty", "wallet.scanToPay"};
        QTest::newRow("settings") << int(Section::Settings) << int(Page::Overview)
                                  << rail + QStringList{"settings.language", "settings.careMode",
                                                        "settings.scale",    "settings.scaleValue",
                                                        "settings.signOut",  "settings.version"};
    }

    void everyScreenHasItsObjects()
    {
        QFETCH(int, section);
        QFETCH(int, page);
        QFETCH(QStringList, names);
        startSignedIn();
        m_app->navigation().setSection(Section(section));
        m_app->navigation().setDiscoverPage(Page(page));
        settle();
        for (const QString &name : names) {
            QVERIFY2(shown(name), qPrintable(name + " is missing or hidden"));
            // Everything a person can operate has a name a screen reader can say.
            QQuickItem *found = item(name);
            const bool interactive =
                found->inherits("QQuickAbstractButton") || found->inherits("QQuickTextField") ||
                found->inherits("QQuickSlider") || found->inherits("QQuickComboBox");
            if (!interactive)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(found);
            QVERIFY2(accessible, qPrintable(name));
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(name + " has no accessible name"));
        }
    }

    void formsAreAccessible()
    {
        start(UnlockController::Mode::CreatePassphrase);
        const auto check = [this](const QStringList &names) {
            for (const QString &name : names) {
                QQuickItem *found = item(name);
                QVERIFY2(found, qPrintable(name));
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(found);
                QVERIFY2(accessible, qPrintable(name));
                QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                         qPrintable(name + " has no accessible name"));
            }
        };
        check({"unlock.passphrase", "unlock.passphrase.reveal", "unlock.confirm", "unlock.submit"});
        QCOMPARE(QAccessible::queryAccessibleInterface(item("unlock.passphrase"))
                     ->text(QAccessible::Name),
                 "New passphrase");
        m_unlock->unlock("long enough words");
        QTRY_VERIFY(item("signin.account"));
        check({"signin.account", "signin.password", "signin.password.reveal", "signin.server",
               "signin.createAccount", "signin.submit", "signin.invite", "signin.useInvite"});
        QCOMPARE(
            QAccessible::queryAccessibleInterface(item("signin.account"))->text(QAccessible::Name),
            "Account");
    }

    void railNavigatesAndIsAccessible()
    {
        startSignedIn();
        const QList<std::pair<QString, Section>> buttons = {{"rail.contacts", Section::Contacts},
                                                            {"rail.discover", Section::Discover},
                                                            {"rail.wallet", Section::Wallet},
                                                            {"rail.settings", Section::Settings},
                                                            {"rail.chats", Section::Chats}};
        for (const auto &[name, section] : buttons) {
            click(name);
            QCOMPARE(m_app->navigation().section(), section);
            QCOMPARE(item(name)->property("active").toBool(), true);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item(name));
            QVERIFY2(accessible, qPrintable(name));
            QCOMPARE(accessible->text(QAccessible::Name), text(name));
            QCOMPARE(accessible->role(), QAccessible::Button);
            QCOMPARE(accessible->state().checked, true);
        }
        click("rail.discover");
        click("discover.scan");
        QCOMPARE(m_app->navigation().discoverPage(), Page::Scan);
        QVERIFY(item("discover.scan")->property("highlighted").toBool());
        click("rail.wallet");
        click("wallet.scanToPay");
        QCOMPARE(m_app->navigation().section(), Section::Discover);
        QCOMPARE(m_app->navigation().discoverPage(), Page::Scan);
    }

    void signInSubmitsWhatWasTyped()
    {
        start();
        m_unlock->unlock(m_unlock->correct);
        QTRY_VERIFY(shown("signin.submit"));
        QVERIFY(!item("signin.submit")->isEnabled()); // nothing typed yet
        type("signin.account", " anna@example.org ");
        type("signin.password", "secret pass");
        settle();
        click("signin.submit");
        QCOMPARE(m_session->calls.size(), 1);
        QCOMPARE(m_session->calls[0].action, "signIn");
        QCOMPARE(m_session->calls[0].arguments,
                 (QStringList{"", "anna@example.org", "secret pass"}));

        type("signin.server", "xmpp.example.org");
        item("signin.password")->forceActiveFocus();
        QTest::keyClick(window(), Qt::Key_Return);
        QCOMPARE(m_session->calls.size(), 2);
        QCOMPARE(m_session->calls[1].arguments,
                 (QStringList{"xmpp.example.org", "anna@example.org", "secret pass"}));
    }

    void signInRejectsAnAccountWithoutServer()
    {
        start();
        m_unlock->unlock(m_unlock->correct);
        QTRY_VERIFY(shown("signin.submit"));
        type("signin.account", "anna");
        type("signin.password", "secret pass");
        settle();
        click("signin.submit");
        QVERIFY(m_session->calls.isEmpty());
        QCOMPARE(item("signin.account")->property("invalid").toBool(), true);
    }

    void createAccountAndInvite()
    {
        start();
        m_unlock->unlock(m_unlock->correct);
        QTRY_VERIFY(shown("signin.createAccount"));
        QCOMPARE(text("signin.submit"), "Sign in");
        click("signin.createAccount");
        QCOMPARE(text("signin.submit"), "Create account");
        QCOMPARE(text("signin.title"), "Create a Teahouse account");
        type("signin.account", "new@example.org");
        type("signin.password", "pw");
        settle();
        click("signin.submit");
        QCOMPARE(m_session->calls.size(), 1);
        QCOMPARE(m_session->calls[0].action, "createAccount");

        const QString invite = "xmpp:example.org?register;preauth=abc123";
        type("signin.invite", invite);
        settle();
        click("signin.useInvite");
        QCOMPARE(m_session->calls.size(), 2);
        QCOMPARE(m_session->calls[1].action, "useInvite");
        QCOMPARE(m_session->calls[1].arguments, QStringList{invite});
    }

    void errorsInPlainWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        using K = SessionController::ErrorKind;
        QTest::newRow("wrong password") << int(K::WrongPassword) << "password is not right";
        QTest::newRow("unreachable") << int(K::ServerUnreachable) << "can't reach the server";
        QTest::newRow("certificate") << int(K::CertificateUntrusted) << "not trusted";
        QTest::newRow("registration") << int(K::RegistrationNotAllowed) << "invite link";
        QTest::newRow("taken") << int(K::AccountExists) << "already taken";
        QTest::newRow("bad invite") << int(K::InvalidInvite) << "isn't valid";
        QTest::newRow("expired invite") << int(K::InviteExpired) << "expired";
        QTest::newRow("no backend") << int(K::NotAvailable) << "isn't available";
        QTest::newRow("other") << int(K::Other) << "went wrong: stream error";
    }

    void errorsInPlainWords()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        start();
        m_unlock->unlock(m_unlock->correct);
        QTRY_VERIFY(shown("signin.submit"));
        QVERIFY(!shown("signin.error"));
        const auto errorKind = SessionController::ErrorKind(kind);
        const bool certificate = errorKind == SessionController::ErrorKind::CertificateUntrusted;
        const QString fingerprint =
            certificate ? "3A:7F:0C:91:5E:22:B8:4D:6A:19:F0:C3:88:2E:7B:51:D4:06:AF:93:1C:E5:70:2B:"
                          "8F:64:39:DA:0E:C7:15:B2"
                        : QString();
        m_session->show(SessionController::State::Offline, errorKind, "stream error", fingerprint);
        settle();
        QVERIFY(shown("signin.error"));
        QVERIFY2(text("signin.error").contains(expected, Qt::CaseInsensitive),
                 qPrintable(text("signin.error")));
        QCOMPARE(shown("signin.fingerprint"), certificate);
        QCOMPARE(shown("signin.trustCertificate"), certificate);
        if (certificate) {
            // Shown in lines of eight bytes; every byte is there, in order.
            QCOMPARE(text("signin.fingerprint").count(u'\n'), 3);
            QCOMPARE(text("signin.fingerprint").replace(u'\n', u':'), fingerprint);
            click("signin.trustCertificate");
            QCOMPARE(m_session->calls.size(), 1);
            QCOMPARE(m_session->calls[0].action, "pinCertificate");
        }
    }

    void connectionStateIsAlwaysShown()
    {
        start();
        m_unlock->unlock(m_unlock->correct);
        QTRY_VERIFY(shown("signin.status"));
        QCOMPARE(text("signin.status"), "Not connected");
        type("signin.account", "anna@example.org");
        type("signin.password", "pw");
        m_session->show(SessionController::State::Connecting);
        QCOMPARE(text("signin.status"), "Connecting to example.org…");
        QVERIFY(!item("signin.submit")->isEnabled());
        QVERIFY(shown("signin.cancel"));
        click("signin.cancel");
        QCOMPARE(m_session->calls.last().action, "cancel");
        m_session->show(SessionController::State::Authenticating);
        QCOMPARE(text("signin.status"), "Checking your password…");

        // Once signed in, a lost link shows in the list column.
        m_session->signedIn("anna@example.org");
        QTRY_VERIFY(shown("rail.chats"));
        QVERIFY(!shown("connection.banner"));
        m_session->show(SessionController::State::Reconnecting);
        settle();
        QVERIFY(shown("connection.banner"));
    }

    void firstUseSetsAPassphrase()
    {
        start(UnlockController::Mode::CreatePassphrase);
        QCOMPARE(text("unlock.title"), "Set a passphrase to protect your data");
        QVERIFY(shown("unlock.confirm"));
        QVERIFY(!shown("unlock.error"));

        type("unlock.passphrase", "short");
        type("unlock.confirm", "short");
        settle();
        click("unlock.submit");
        QVERIFY(m_unlock->attempts.isEmpty());
        QVERIFY(shown("unlock.error"));
        QVERIFY2(text("unlock.error").contains("8"), qPrintable(text("unlock.error")));

        type("unlock.passphrase", "long enough words");
        type("unlock.confirm", "long enough wordz");
        click("unlock.submit");
        QVERIFY(m_unlock->attempts.isEmpty());
        QVERIFY(text("unlock.error").contains("different"));

        type("unlock.confirm", "long enough words");
        click("unlock.submit");
        QCOMPARE(m_unlock->attempts, QStringList{"long enough words"});
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
    }

    void laterStartsAskForThePassphrase()
    {
        start(UnlockController::Mode::EnterPassphrase);
        QCOMPARE(text("unlock.title"), "Enter your passphrase");
        QVERIFY(!shown("unlock.confirm"));
        type("unlock.passphrase", "wrong guess");
        settle();
        click("unlock.submit");
        QCOMPARE(m_unlock->attempts, QStringList{"wrong guess"});
        settle();
        QVERIFY(shown("unlock.error"));
        QVERIFY(text("unlock.error").contains("not right"));
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Unlock);

        type("unlock.passphrase", m_unlock->correct);
        item("unlock.passphrase")->forceActiveFocus();
        QTest::keyClick(window(), Qt::Key_Return);
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
    }

    void scriptedPassphraseUnlocksAtStart()
    {
        CommandLineOptions options;
        options.passphraseFromEnvironment = "correct horse battery";
        start(UnlockController::Mode::EnterPassphrase, options);
        QCOMPARE(m_unlock->attempts, QStringList{"correct horse battery"});
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
    }

    void scriptedPassphraseAnswersALaterUnlock()
    {
        CommandLineOptions options;
        options.passphraseFromEnvironment = "correct horse battery";
        start(UnlockController::Mode::EnterPassphrase, options);
        QCOMPARE(m_unlock->attempts.size(), 1);
        // The store asks again later (another account): the scripted passphrase was used up,
        // so the screen waits for a person rather than retrying it.
        m_unlock->lockAgain(UnlockController::Mode::EnterPassphrase);
        QCOMPARE(m_unlock->attempts.size(), 1);
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Unlock);
    }

    void scriptedPassphraseWaitsForTheStore()
    {
        CommandLineOptions options;
        options.passphraseFromEnvironment = "correct horse battery";
        start(UnlockController::Mode::EnterPassphrase, options);
        m_unlock->attempts.clear();
        // Fresh start where the store is opened only after sign-in.
        m_app.reset();
        auto session = std::make_unique<FakeSessionController>();
        auto unlock =
            std::make_unique<FakeUnlockController>(UnlockController::Mode::EnterPassphrase);
        unlock->unlock(unlock->correct); // starts unlocked: nothing opened yet
        unlock->attempts.clear();
        m_session = session.get();
        m_unlock = unlock.get();
        options.profileDir = m_profile->path();
        m_app = std::make_unique<AppContext>(
            options, AppContext::Controllers{.session = std::move(session), .unlock = std::move(unlock)});
        QVERIFY(m_app->start().ok());
        QVERIFY(m_unlock->attempts.isEmpty());
        m_unlock->lockAgain(UnlockController::Mode::EnterPassphrase);
        QCOMPARE(m_unlock->attempts, QStringList{"correct horse battery"});
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::SignIn);
    }

    void badPassphraseFileStopsTheStart()
    {
        CommandLineOptions options;
        options.profileDir = m_profile->path();
        options.passphraseFile = m_profile->filePath("does-not-exist");
        AppContext app(options);
        const auto started = app.start();
        QVERIFY(!started.ok());
        QVERIFY(started.error().message.contains("does-not-exist"));
    }

    void languageSwitchesLive()
    {
        startSignedIn();
        QCOMPARE(text("rail.chats"), "Chats");
        m_app->preferences().setLanguage("zh_CN");
        QCOMPARE(m_app->activeLanguage(), "zh_CN");
        QCOMPARE(text("rail.chats"), QString::fromUtf8("聊天"));
        QCOMPARE(text("rail.contacts"), QString::fromUtf8("通讯录"));
        QCOMPARE(text("rail.discover"), QString::fromUtf8("发现"));
        QCOMPARE(window()->title(), QString::fromUtf8("茶馆"));
        QCOMPARE(item("chats.empty")->property("title").toString(), QString::fromUtf8("暂无聊天"));

        // Back to English through the Settings drop-down, as a user would.
        m_app->navigation().setSection(Section::Settings);
        QQuickItem *combo = item("settings.language");
        QVERIFY(combo);
        QCOMPARE(combo->property("currentIndex").toInt(), 2);
        QVERIFY(combo->setProperty("currentIndex", 1));
        QVERIFY(QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 1)));
        QCOMPARE(m_app->preferences().language(), "en");
        QCOMPARE(text("rail.chats"), "Chats");
        QCOMPARE(combo->property("currentIndex").toInt(), 1);

        // Saved for the next start.
        QSettings saved(m_profile->filePath("settings.ini"), QSettings::IniFormat);
        QCOMPARE(saved.value("ui/language").toString(), "en");
    }

    void careModeFromSettings()
    {
        startSignedIn();
        auto *theme = m_app->theme();
        const int railHeightBefore = int(item("rail.chats")->height());
        QCOMPARE(theme->fontSizeBody(), 14);
        click("rail.settings");
        click("settings.careMode");
        QCOMPARE(m_app->preferences().careMode(), true);
        QCOMPARE(theme->careMode(), true);
        QCOMPARE(m_app->preferences().scalePercent(), 150);
        QCOMPARE(theme->fontSizeBody(), 21);
        QCOMPARE(item("settings.scale")->property("from").toInt(), 150);
        QCOMPARE(text("settings.scaleValue"), "150%");
        settle();
        // Care mode writes the section names under the rail icons.
        QVERIFY(item("rail.chats")->height() > railHeightBefore * 1.5);

        // The slider sets the text size; the keyboard works as well as the mouse.
        QQuickItem *slider = item("settings.scale");
        slider->forceActiveFocus();
        QTest::keyClick(window(), Qt::Key_Right);
        QCOMPARE(m_app->preferences().scalePercent(), 160);
        QCOMPARE(theme->fontSizeBody(), 22);

        Preferences reread(m_profile->filePath("settings.ini"));
        QCOMPARE(reread.careMode(), true);
        QCOMPARE(reread.scalePercent(), 160);
    }

    void commandLineChoicesAreNotSaved()
    {
        CommandLineOptions options;
        options.language = "zh_CN";
        options.careMode = true;
        options.scalePercent = 180;
        startSignedIn(options);
        QCOMPARE(m_app->theme()->careMode(), true);
        QCOMPARE(m_app->theme()->scale(), 1.8);
        QCOMPARE(text("rail.settings"), QString::fromUtf8("设置"));
        Preferences reread(m_profile->filePath("settings.ini"));
        QCOMPARE(reread.careMode(), false);
        QCOMPARE(reread.scalePercent(), 100);
        QCOMPARE(reread.language(), QString());
    }

    void nothingIsElidedOrOffscreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("care");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en normal") << "en" << false << 100 << QSize(1280, 800);
        QTest::newRow("zh normal") << "zh_CN" << false << 100 << QSize(1280, 800);
        QTest::newRow("en care 200%") << "en" << true << 200 << QSize(1280, 800);
        QTest::newRow("zh care 200%") << "zh_CN" << true << 200 << QSize(1280, 800);
        QTest::newRow("en smallest window") << "en" << false << 100 << QSize(800, 560);
    }

    void nothingIsElidedOrOffscreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, care);
        QFETCH(int, scale);
        QFETCH(QSize, size);
        CommandLineOptions options;
        options.language = language;
        options.careMode = care;
        options.scalePercent = scale;
        start(UnlockController::Mode::CreatePassphrase, options);
        window()->resize(size);

        auto &nav = m_app->navigation();
        const QList<std::pair<QString, std::function<void()>>> screens = {
            {"unlock",
             [&] {
                 nav.setStage(Navigation::Stage::Unlock);
             }},
            {"signin",
             [&] {
                 nav.setStage(Navigation::Stage::SignIn);
             }},
            {"chats",
             [&] {
                 nav.setStage(Navigation::Stage::Main);
                 nav.setSection(Section::Chats);
             }},
            {"contacts",
             [&] {
                 nav.setSection(Section::Contacts);
             }},
            {"discover",
             [&] {
                 nav.setSection(Section::Discover);
             }},
            {"moments",
             [&] {
                 nav.openDiscoverPage(Page::Moments);
             }},
            {"official accounts",
             [&] {
                 nav.openDiscoverPage(Page::OfficialAccounts);
             }},
            {"scan",
             [&] {
                 nav.openDiscoverPage(Page::Scan);
             }},
            {"city services",
             [&] {
                 nav.openDiscoverPage(Page::CityServices);
             }},
            {"wallet",
             [&] {
                 nav.setSection(Section::Wallet);
             }},
            {"settings",
             [&] {
                 nav.setSection(Section::Settings);
             }},
        };
        QStringList problems;
        for (const auto &[screen, show] : screens) {
            show();
            settle();
            QList<QQuickItem *> texts;
            collectTexts(window()->contentItem(), texts);
            QVERIFY2(texts.size() > 3, qPrintable(screen));
            QList<std::pair<QQuickItem *, QRectF>> inked;
            for (QQuickItem *t : texts) {
                const QString content = t->property("text").toString();
                if (content.isEmpty() || t->opacity() == 0)
                    continue;
                if (t->property("truncated").toBool())
                    problems << screen + QStringLiteral(": \"") + content +
                                    QStringLiteral("\" is elided");
                const QRectF r = inkRect(t);
                if (r.left() < -0.5 || r.right() > window()->width() + 0.5)
                    problems << screen + QStringLiteral(": \"") + content +
                                    QStringLiteral("\" runs out of the window");
                for (const auto &[other, otherRect] : inked) {
                    // Line spacing may touch; real overlaps go deeper than a couple of pixels.
                    const QRectF overlap = r.intersected(otherRect);
                    if (overlap.width() > 2 && overlap.height() > 2)
                        problems << screen + QStringLiteral(": \"") + content +
                                        QStringLiteral("\" overlaps \"") +
                                        other->property("text").toString() + u'"';
                }
                inked.append({t, r});
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void screenshotTourSavesEveryScreen()
    {
        startSignedIn();
        const QString language = m_app->preferences().language();
        QTemporaryDir out;
        const auto saved = teahouse::app::ScreenshotTour(*m_app, out.path()).run();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->size(), 44);
        QCOMPARE(QFileInfo(saved->first()).fileName(), "001-signin-en-normal.png");
        QCOMPARE(QFileInfo(saved->at(13)).fileName(), "014-chats-zh_CN-normal.png");
        QCOMPARE(QFileInfo(saved->last()).fileName(), "044-settings-zh_CN-care.png");
        for (const QString &path : *saved) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1280, 800));
            // A real screen has text and icons: many distinct colours, not a blank fill.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 8, qPrintable(path));
        }
        // The tour overrides; it does not change what the user chose.
        QCOMPARE(m_app->preferences().language(), language);
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Main);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"

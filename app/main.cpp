#include "AppContext.h"
#include "CommandLineOptions.h"
#include "ScanCommand.h"
#include "articles/ArticleReaderSetup.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "automation/ScenarioRunner.h"
#include "features/FeatureList.h"
#include "platform/AboutInfo.h"
#include "platform/DesktopNotifier.h"
#include "platform/LaunchArguments.h"
#include "platform/LogFile.h"
#include "platform/Platform.h"
#include "platform/SingleInstance.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "shell/Navigation.h"
#include "storage/MemorySecretBackend.h"
#include "storage/QtKeychainBackend.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QQuickWindow>
#include <QTextStream>

using namespace teahouse::app;

namespace {

// Brings the window to the front for a link or a tray click (it may be minimised or hidden).
void raiseWindow(QWindow *window)
{
    if (!window)
        return;
    window->show();
    window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    window->raise();
    window->requestActivate();
}

} // namespace

int main(int argc, char *argv[])
{
    Platform::disableCoreDumps(); // before anything secret is in memory
    Platform::printStackOnCrash();
    QGuiApplication::setApplicationName(QStringLiteral("Teahouse"));
    QGuiApplication::setOrganizationName(QStringLiteral("Teahouse"));
    QGuiApplication::setApplicationVersion(AppContext::version());
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The command line is read before the GUI exists, so --help, --version and mistakes need
    // no display; messages come in the system language. xmpp: links (from the .desktop file,
    // the Windows registry or a browser) are set aside for Navigation::openUri.
    QStringList launchUris;
    auto parsed = [&] {
        QCoreApplication core(argc, argv);
        Translations systemLanguage;
        systemLanguage.apply({});
        const auto launch = LaunchArguments::split(QCoreApplication::arguments());
        launchUris = launch.uris;
        return parseCommandLine(launch.options, QProcessEnvironment::systemEnvironment());
    }();
    if (!parsed.ok()) {
        err << "teahouse: " << parsed.error().message << Qt::endl;
        return 2;
    }
    CommandLineOptions options = std::move(parsed).value();
    if (options.showHelp) {
        out << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        // The same text as Settings → About.
        out << versionText(AppContext::version()) << Qt::endl;
        return 0;
    }
    if (!options.scanFile.isEmpty()) {
        // No window: image plugins need only a core application.
        QCoreApplication core(argc, argv);
        return ScanCommand::run(options.scanFile, out, err);
    }

    teahouse::ui::prepareArticleReader(); // QtWebEngine: before the application object
    // QApplication rather than QGuiApplication: the tray icon is a widget class.
    Platform::prepareApplication();
    QApplication app(argc, argv);
    QGuiApplication::setWindowIcon(
        QIcon(QStringLiteral(":/teahouse/app/chat.teahouse.Teahouse.svg")));
    const QString tourDir = options.screenshotTourDir;
    // --script: a UI scenario (app/automation); without --profile, in a throw-away profile.
    const auto scenarioProfile = automation::ScenarioRunner::useThrowAwayProfile(options);
    const automation::ScenarioOptions scenario{options.scriptFile, options.scriptScreenshotDir,
                                               options.junitFile};

    // Log files in the profile (teahouse.* categories only, rotated), from here to the end.
    LogFile logFile(QDir(AppContext::profileDirFor(options)).filePath(QStringLiteral("logs")));
    logFile.install();

    // One running app per profile: a second start hands its links to the first and ends. (The
    // screenshot tour and a --script run are separate, short-lived runs: they neither forward
    // nor take the lock, so scenarios run side by side and beside the user's own Teahouse.)
    SingleInstance instance(SingleInstance::serverNameFor(AppContext::profileDirFor(options)));
    if (tourDir.isEmpty() && scenario.scriptFile.isEmpty()) {
        switch (instance.start(launchUris)) {
        case SingleInstance::Role::Forwarded:
            return 0;
        case SingleInstance::Role::Failed:
            err << "teahouse: could not check for another running Teahouse: "
                << instance.errorString() << Qt::endl;
            break;
        case SingleInstance::Role::Primary:
            break;
        }
    }

    // A sign-in given on the command line (testers, the demo); read before anything starts so
    // a mistake in it is reported at once.
    std::optional<AccountCoordinator::PresetSignIn> preset;
    if (!options.accountFile.isEmpty()) {
        auto read = AccountCoordinator::readAccountFile(options.accountFile);
        if (!read.ok()) {
            err << "teahouse: " << read.error().message << Qt::endl;
            return 2;
        }
        preset = std::move(read).value();
    }
    auto passphrase = readPassphrase(options);
    if (!passphrase.ok()) {
        err << "teahouse: " << passphrase.error().message << Qt::endl;
        return 2;
    }

    // The account layer outlives the UI that shows it (declared first, destroyed last).
    const QString profileDir = AppContext::profileDirFor(options);
    teahouse::storage::QtKeychainBackend keychain;
    // A scenario in a throw-away profile leaves nothing in the user's keychain: it runs as on a
    // machine without one (the store's key comes from a passphrase, --passphrase-file or
    // TEAHOUSE_PASSPHRASE, or the unlock screen the script answers).
    teahouse::storage::MemorySecretBackend noKeychain;
    noKeychain.setAvailable(false);
    teahouse::storage::SecretBackend &secrets =
        scenarioProfile ? static_cast<teahouse::storage::SecretBackend &>(noKeychain) : keychain;
    AccountCoordinator coordinator(profileDir, AppContext::settingsFileIn(profileDir), secrets,
                                   passphrase.value());
    AppContext::Controllers controllers;
    auto *session = new XmppSessionController(coordinator);
    controllers.session.reset(session);
    controllers.unlock = std::make_unique<KeyStoreUnlockController>(coordinator);
    controllers.features = &makeFeatures;
    controllers.account = &coordinator.session();
    // Desktop notifications and the tray; the tour and a scenario keep the default
    // RecordingNotifier (a scenario reads it as app.notifications()).
    DesktopNotifier *desktop = nullptr;
    if (tourDir.isEmpty() && scenario.scriptFile.isEmpty()) {
        auto notifier = Platform::makeNotifier();
        desktop = notifier.get();
        controllers.notifier = std::move(notifier);
    }
    AppContext context(std::move(options), std::move(controllers));
    if (const auto started = context.start(); !started.ok()) {
        err << "teahouse: " << started.error().message << Qt::endl;
        return 1;
    }
    coordinator.resume(preset);

    // xmpp: links: this start's, a later start's (SingleInstance), the system's (macOS).
    const auto openLink = [&context](const QString &uri) {
        raiseWindow(context.window());
        context.navigation().openUri(uri);
    };
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &context,
                     [&context, openLink](const QStringList &uris) {
                         raiseWindow(context.window());
                         for (const QString &uri : uris)
                             openLink(uri);
                     });
    Platform::watchOpenRequests(app, openLink);
    for (const QString &uri : std::as_const(launchUris))
        context.navigation().openUri(uri);
    if (desktop) {
        QObject::connect(desktop, &DesktopNotifier::showRequested, &context,
                         [&context] { raiseWindow(context.window()); });
        QObject::connect(desktop, &Notifier::activated, &context,
                         [&context] { raiseWindow(context.window()); });
        QObject::connect(desktop, &DesktopNotifier::quitRequested, &app, &QCoreApplication::quit);
        Platform::registerUriScheme();
    }

    if (!tourDir.isEmpty() && preset) {
        // Show the signed-in app: wait (bounded) for the sign-in to finish one way or the other.
        using State = teahouse::ui::SessionController::State;
        using ErrorKind = teahouse::ui::SessionController::ErrorKind;
        QElapsedTimer waited;
        waited.start();
        while (session->state() != State::Online && waited.elapsed() < 30000 &&
               !(session->errorKind() != ErrorKind::NoError && session->state() == State::Offline))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (session->state() != State::Online)
            err << "teahouse: the tour runs without a session: " << session->errorDetail()
                << Qt::endl;
    }

    if (!tourDir.isEmpty()) {
        const auto saved = ScreenshotTour(context, tourDir).run();
        if (!saved.ok()) {
            err << "teahouse: " << saved.error().message << Qt::endl;
            return 1;
        }
        for (const QString &path : saved.value())
            out << path << Qt::endl;
        return 0;
    }
    // The scenario runner exists only in a --script run; it ends the app with its exit code.
    std::unique_ptr<automation::ScenarioRunner> scenarioRunner;
    if (!scenario.scriptFile.isEmpty()) {
        scenarioRunner = std::make_unique<automation::ScenarioRunner>(context, scenario);
        scenarioRunner->startWhenReady();
    }
    return QGuiApplication::exec();
}

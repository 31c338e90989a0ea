#include "AppContext.h"
#include "CommandLineOptions.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "features/FeatureList.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "storage/QtKeychainBackend.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace teahouse::app;

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("Teahouse"));
    QGuiApplication::setOrganizationName(QStringLiteral("Teahouse"));
    QGuiApplication::setApplicationVersion(AppContext::version());
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The command line is read before the GUI exists, so --help, --version and mistakes need
    // no display; messages come in the system language.
    auto parsed = [&] {
        QCoreApplication core(argc, argv);
        Translations systemLanguage;
        systemLanguage.apply({});
        return parseCommandLine(QCoreApplication::arguments(),
                                QProcessEnvironment::systemEnvironment());
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
        out << "teahouse " << AppContext::version() << Qt::endl;
        return 0;
    }

    QGuiApplication app(argc, argv);
    const QString tourDir = options.screenshotTourDir;

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
    AccountCoordinator coordinator(profileDir, AppContext::settingsFileIn(profileDir), keychain,
                                   passphrase.value());
    AppContext::Controllers controllers;
    auto *session = new XmppSessionController(coordinator);
    controllers.session.reset(session);
    controllers.unlock = std::make_unique<KeyStoreUnlockController>(coordinator);
    controllers.features = &makeFeatures;
    controllers.account = &coordinator.session();
    AppContext context(std::move(options), std::move(controllers));
    if (const auto started = context.start(); !started.ok()) {
        err << "teahouse: " << started.error().message << Qt::endl;
        return 1;
    }
    coordinator.resume(preset);

    if (!tourDir.isEmpty() && preset) {
        // Show the signed-in app: wait (bounded) for the sign-in to finish one way or the other.
        using State = teahouse::ui::SessionController::State;
        using ErrorKind = teahouse::ui::SessionController::ErrorKind;
        QElapsedTimer waited;
        waited.start();
        while (session->state() != State::Online && waited.elapsed() < 30000
               && !(session->errorKind() != ErrorKind::NoError
                    && session->state() == State::Offline))
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
    return QGuiApplication::exec();
}

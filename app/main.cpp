#include "AppContext.h"
#include "CommandLineOptions.h"
#include "ScreenshotTour.h"
#include "Translations.h"

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
    AppContext context(std::move(options));
    if (const auto started = context.start(); !started.ok()) {
        err << "teahouse: " << started.error().message << Qt::endl;
        return 1;
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

#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace teahouse::app {

namespace {

constexpr qint64 maxPassphraseFileSize = 4096;

// Gives the messages a translation context lupdate can see.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// "zh", "zh-CN" and "zh_CN" all mean Simplified Chinese; "en", "en_US", … English.
std::optional<QString> normalizeLanguage(const QString &value)
{
    const QString lower = value.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower == u"en" || lower.startsWith(u"en_"))
        return QStringLiteral("en");
    if (lower == u"zh" || lower == u"zh_cn" || lower == u"zh_hans" || lower == u"zh_hans_cn")
        return QStringLiteral("zh_CN");
    if (lower == u"zh_tw" || lower == u"zh_hant" || lower == u"zh_hant_tw" || lower == u"zh_hk")
        return QStringLiteral("zh_TW");
    return std::nullopt;
}

} // namespace

Result<CommandLineOptions> parseCommandLine(const QStringList &arguments,
                                            const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Teahouse: chat, Moments, articles, scan and pay, and city services on XMPP."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     CommandLine::tr("Show the version and exit."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     CommandLine::tr("Keep this profile's data in DIR."),
                                     CommandLine::tr("DIR"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        CommandLine::tr(
            "Read the storage passphrase from FILE (for scripts; also TEAHOUSE_PASSPHRASE)."),
        CommandLine::tr("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        CommandLine::tr("Use this language (en, zh_CN or zh_TW) instead of the system's."),
        CommandLine::tr("LANG"));
    const QCommandLineOption care(
        QStringLiteral("care-mode"),
        CommandLine::tr("Start in care mode: larger text, stronger colours."));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   CommandLine::tr("Text size in percent, 100 to 200."),
                                   CommandLine::tr("PCT"));
    const QCommandLineOption tour(
        QStringLiteral("screenshot-tour"),
        CommandLine::tr(
            "Save a screenshot of every main screen to DIR, print their paths and exit."),
        CommandLine::tr("DIR"));
    const QCommandLineOption accountFile(
        QStringLiteral("account-file"),
        CommandLine::tr("Sign in with the account in FILE (JSON: jid, password, host, port, "
                        "caFile) — for testers and the demo."),
        CommandLine::tr("FILE"));
    parser.addOptions(
        {help, version, profile, passphraseFile, lang, care, scale, tour, accountFile});
    // Scripted UI tests (app/automation, docs/testing.md).
    const QCommandLineOption script(
        QStringLiteral("script"),
        CommandLine::tr("Run the UI test scenario in FILE (JavaScript), then exit: 0 when it "
                        "passed, 1 when it failed. Without --profile it runs in a throw-away "
                        "profile."),
        CommandLine::tr("FILE"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        CommandLine::tr("With --script: save the scenario's screenshots (and one at every "
                        "failure) in DIR."),
        CommandLine::tr("DIR"));
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        CommandLine::tr("With --script: write a JUnit XML report to FILE."),
        CommandLine::tr("FILE"));
    parser.addOption(script);
    parser.addOption(screenshots);
    parser.addOption(junit);
    parser.addPositionalArgument(
        QStringLiteral("scan"),
        CommandLine::tr("scan FILE: print every code in the image FILE as JSON and exit."),
        CommandLine::tr("[scan FILE]"));

    if (!parser.parse(arguments))
        return Error::make(Error::Code::InvalidArgument, parser.errorText());

    CommandLineOptions options;
    options.showHelp = parser.isSet(help);
    if (options.showHelp)
        options.helpText = parser.helpText();
    options.showVersion = parser.isSet(version);
    options.profileDir = parser.value(profile);
    options.passphraseFile = parser.value(passphraseFile);
    options.passphraseFromEnvironment = environment.value(QStringLiteral("TEAHOUSE_PASSPHRASE"));
    options.careMode = parser.isSet(care);
    options.screenshotTourDir = parser.value(tour);
    options.accountFile = parser.value(accountFile);
    options.scriptFile = parser.value(script);
    options.scriptScreenshotDir = parser.value(screenshots);
    options.junitFile = parser.value(junit);
    if (parser.isSet(script) && options.scriptFile.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           CommandLine::tr("--script needs a scenario file."));
    if ((parser.isSet(screenshots) || parser.isSet(junit)) && !parser.isSet(script))
        return Error::make(Error::Code::InvalidArgument,
                           CommandLine::tr("--screenshots and --junit go with --script."));

    if (parser.isSet(lang)) {
        const auto normalized = normalizeLanguage(parser.value(lang));
        if (!normalized)
            return Error::make(Error::Code::InvalidArgument,
                               CommandLine::tr("Unknown language \"%1\": use en, zh_CN or zh_TW.")
                                   .arg(parser.value(lang)));
        options.language = *normalized;
    }

    if (parser.isSet(scale)) {
        QString text = parser.value(scale).trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool ok = false;
        const int percent = text.toInt(&ok);
        if (!ok || percent < 100 || percent > 200)
            return Error::make(
                Error::Code::InvalidArgument,
                CommandLine::tr("The text size must be a whole number from 100 to 200, not "
                                "\"%1\".")
                    .arg(parser.value(scale)));
        options.scalePercent = percent;
    }

    if (parser.isSet(profile) && options.profileDir.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           CommandLine::tr("--profile needs a directory."));
    if (parser.isSet(tour) && options.screenshotTourDir.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           CommandLine::tr("--screenshot-tour needs a directory."));

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"scan") {
        if (positional.size() < 2 || positional.at(1).isEmpty())
            return Error::make(Error::Code::InvalidArgument,
                               CommandLine::tr("scan needs an image file: teahouse scan FILE"));
        options.scanFile = positional.at(1);
        positional = positional.mid(2);
    }
    if (!positional.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           CommandLine::tr("Unexpected argument \"%1\".")
                               .arg(positional.constFirst()));
    return options;
}

Result<std::optional<QString>> readPassphrase(const CommandLineOptions &options)
{
    if (!options.passphraseFile.isEmpty()) {
        QFile file(options.passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io,
                               CommandLine::tr("Can't read the passphrase file %1: %2")
                                   .arg(options.passphraseFile, file.errorString()));
        if (file.size() > maxPassphraseFileSize)
            return Error::make(
                Error::Code::InvalidArgument,
                CommandLine::tr("The passphrase file %1 is too large to be a passphrase.")
                    .arg(options.passphraseFile));
        QByteArray bytes = file.readAll();
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.isEmpty())
            return Error::make(
                Error::Code::InvalidArgument,
                CommandLine::tr("The passphrase file %1 is empty.").arg(options.passphraseFile));
        return std::optional<QString>(QString::fromUtf8(bytes));
    }
    if (!options.passphraseFromEnvironment.isEmpty())
        return std::optional<QString>(options.passphraseFromEnvironment);
    return std::optional<QString>();
}

} // namespace teahouse::app

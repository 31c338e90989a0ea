#pragma once

#include "base/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace teahouse::app {

// What the command line (and TEAHOUSE_PASSPHRASE) asked for; parsed once in main() and handed to
// AppContext. A plain struct so the parsing is unit-tested without starting the app.
struct CommandLineOptions
{
    QString profileDir;                // --profile DIR; empty: the platform's data location
    QString passphraseFile;            // --passphrase-file FILE
    QString passphraseFromEnvironment; // TEAHOUSE_PASSPHRASE, for scripts; empty when unset
    QString language;                  // --lang: "en", "zh_CN" or "zh_TW"; empty: preference/system
    bool careMode = false;             // --care-mode
    std::optional<int> scalePercent;   // --scale PCT, 100–200
    QString screenshotTourDir;         // --screenshot-tour DIR
    QString accountFile;               // --account-file FILE: sign in with this account
    QString scriptFile;                // --script FILE.js: run a UI scenario (app/automation)
    QString scriptScreenshotDir;       // --screenshots DIR: the scenario's screenshots
    QString junitFile;                 // --junit FILE: the scenario's JUnit XML report
    QString scanFile;                  // `teahouse scan FILE`: print the codes in FILE as JSON
    bool showVersion = false;          // --version
    bool showHelp = false;             // --help
    QString helpText;                  // filled when showHelp is set
};

// Parses arguments (arguments[0] is the program); an Error says which option was wrong.
[[nodiscard]] Result<CommandLineOptions> parseCommandLine(const QStringList &arguments,
                                                          const QProcessEnvironment &environment);

// The passphrase given for scripted runs: --passphrase-file first, then TEAHOUSE_PASSPHRASE;
// nullopt when neither was given. The file's one trailing newline is not part of it.
[[nodiscard]] Result<std::optional<QString>> readPassphrase(const CommandLineOptions &options);

} // namespace teahouse::app

#pragma once

#include "JUnitReport.h"
#include "ScenarioOptions.h"

#include <QElapsedTimer>
#include <QJSEngine>
#include <QJSValue>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace teahouse::app {
class AppContext;
struct CommandLineOptions;
} // namespace teahouse::app

namespace teahouse::app::automation {

class ScriptDriver;
class ScriptWorld;

// Runs one scenario script inside the app (`teahouse --script FILE`): a QJSEngine with the
// scenario API (prelude.js on top of ScriptDriver and ScriptWorld), one JUnit test case per
// test() block, a screenshot at every failure, exit code 0 when everything passed and 1
// otherwise. It exists only in a --script run: nothing of it is created in a normal start, and
// it never listens on any port. Seen from JavaScript as `__runner`.
class ScenarioRunner : public QObject
{
    Q_OBJECT

public:
    ScenarioRunner(AppContext &context, ScenarioOptions options, QObject *parent = nullptr);
    ~ScenarioRunner() override;

    // --script without --profile: a throw-away profile, removed when the returned directory
    // is destroyed (keep it alive for the whole run). Null when no throw-away profile is needed.
    [[nodiscard]] static std::unique_ptr<QTemporaryDir>
    useThrowAwayProfile(CommandLineOptions &options);

    // Runs the scenario once the event loop is running, then ends it with the exit code.
    void startWhenReady();
    // Runs the scenario now (the event loop keeps turning inside); returns the exit code.
    [[nodiscard]] int run();
    [[nodiscard]] const JUnitReport &report() const { return m_report; }

    // For prelude.js.
    Q_INVOKABLE bool beginTest(const QString &name);
    Q_INVOKABLE void endTest(const QJSValue &error = QJSValue());
    Q_INVOKABLE QJSValue include(const QString &path);
    Q_INVOKABLE void log(const QString &message);
    Q_INVOKABLE void setStopOnFailure(bool stop) { m_stopOnFailure = stop; }
    Q_INVOKABLE [[nodiscard]] QString scriptPath() const { return m_scriptPath; }
    Q_INVOKABLE [[nodiscard]] QString scriptDir() const;

private:
    void fail(const QString &message);
    void recordStep(const QString &line);
    [[nodiscard]] TestCaseResult::Outcome classify(const QJSValue &error) const;
    void describeError(const QJSValue &error, TestCaseResult &into) const;
    void finishCase(TestCaseResult result);
    [[nodiscard]] QString failureScreenshot(const QString &name);
    void print(const QString &line);

    AppContext &m_context;
    ScenarioOptions m_options;
    QString m_scriptPath;
    QJSEngine m_engine;
    std::unique_ptr<ScriptDriver> m_driver;
    std::unique_ptr<ScriptWorld> m_world;
    JUnitReport m_report;
    QElapsedTimer m_clock;
    QElapsedTimer m_caseClock;
    std::optional<TestCaseResult> m_current; // the test() block running now
    TestCaseResult m_topLevel;               // everything outside test() blocks
    bool m_failedBefore = false;
    bool m_stopOnFailure = false;
    int m_testsRun = 0;
};

} // namespace teahouse::app::automation

#include "ScenarioRunner.h"

#include "AppContext.h"
#include "CommandLineOptions.h"
#include "ScriptDriver.h"
#include "ScriptWorld.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

namespace teahouse::app::automation {

namespace {

const QString preludeFile = QStringLiteral(":/teahouse/automation/prelude.js");
// The name the prelude's frames carry in stacks: skipped when looking for the script's line.
const QString preludeName = QStringLiteral("teahouse-automation-prelude.js");
constexpr QSize defaultWindowSize(1280, 800);
constexpr int exposeTimeoutMs = 10000;

// "func@file:///path/x.js:12" → {path, line} for every frame outside the prelude, innermost
// first.
QList<std::pair<QString, int>> scriptFrames(const QString &stack)
{
    static const QRegularExpression frame(QStringLiteral("^(?:[^@]*@)?(.*):(\\d+)$"));
    QList<std::pair<QString, int>> frames;
    const QStringList lines = stack.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const auto m = frame.match(line.trimmed());
        if (!m.hasMatch() || m.captured(1).contains(preludeName))
            continue;
        QString file = m.captured(1);
        const QUrl url(file);
        if (url.isLocalFile())
            file = url.toLocalFile();
        else if (file.startsWith(u"file:"))
            file = file.mid(5);
        frames.append(std::make_pair(file, m.captured(2).toInt()));
    }
    return frames;
}

QString outcomeWord(TestCaseResult::Outcome outcome)
{
    switch (outcome) {
    case TestCaseResult::Outcome::Passed:
        return QStringLiteral("PASS   ");
    case TestCaseResult::Outcome::Failed:
        return QStringLiteral("FAIL!  ");
    case TestCaseResult::Outcome::Error:
        return QStringLiteral("ERROR! ");
    case TestCaseResult::Outcome::Skipped:
        return QStringLiteral("SKIP   ");
    }
    return {};
}

} // namespace

ScenarioRunner::ScenarioRunner(AppContext &context, ScenarioOptions options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_options(std::move(options))
    , m_scriptPath(QFileInfo(m_options.scriptFile).absoluteFilePath())
    , m_report(QFileInfo(m_options.scriptFile).completeBaseName())
{
    setObjectName(QStringLiteral("teahouse.automation"));
    if (m_options.screenshotDir.isEmpty())
        m_options.screenshotDir = QDir::current().filePath(
            QStringLiteral("screenshots-%1").arg(QFileInfo(m_scriptPath).completeBaseName()));
    m_topLevel.name = QFileInfo(m_scriptPath).completeBaseName();
}

ScenarioRunner::~ScenarioRunner() = default;

std::unique_ptr<QTemporaryDir> ScenarioRunner::useThrowAwayProfile(CommandLineOptions &options)
{
    if (options.scriptFile.isEmpty() || !options.profileDir.isEmpty())
        return nullptr;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/teahouse-profile-XXXXXX"));
    if (!dir->isValid())
        return nullptr;
    options.profileDir = dir->path();
    return dir;
}

QString ScenarioRunner::scriptDir() const
{
    return QFileInfo(m_scriptPath).absolutePath();
}

void ScenarioRunner::startWhenReady()
{
    QTimer::singleShot(0, this, [this] { QCoreApplication::exit(run()); });
}

void ScenarioRunner::print(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

void ScenarioRunner::fail(const QString &message)
{
    if (m_engine.hasError())
        return; // the first failure of an action is the one to report
    QJSValue failure = m_engine.globalObject()
                           .property(QStringLiteral("ScenarioFailure"))
                           .callAsConstructor({message});
    if (failure.isError())
        m_engine.throwError(failure);
    else
        m_engine.throwError(message);
}

void ScenarioRunner::recordStep(const QString &line)
{
    const QString stamped =
        QStringLiteral("[%1 s] %2").arg(double(m_clock.elapsed()) / 1000.0, 7, 'f', 3).arg(line);
    (m_current ? m_current->steps : m_topLevel.steps) << stamped;
    print(QStringLiteral("         ") + stamped);
}

void ScenarioRunner::log(const QString &message)
{
    recordStep(QStringLiteral("log: %1").arg(message));
}

TestCaseResult::Outcome ScenarioRunner::classify(const QJSValue &error) const
{
    if (error.isObject() && error.property(QStringLiteral("__skip")).toBool())
        return TestCaseResult::Outcome::Skipped;
    if (error.isError() && error.property(QStringLiteral("name")).toString() == u"ScenarioFailure")
        return TestCaseResult::Outcome::Failed;
    return TestCaseResult::Outcome::Error;
}

void ScenarioRunner::describeError(const QJSValue &error, TestCaseResult &into) const
{
    into.outcome = classify(error);
    if (into.outcome == TestCaseResult::Outcome::Skipped) {
        into.message = error.property(QStringLiteral("reason")).toString();
        return;
    }
    if (error.isError()) {
        const QString name = error.property(QStringLiteral("name")).toString();
        const QString message = error.property(QStringLiteral("message")).toString();
        into.message = name == u"ScenarioFailure" ? message : name + QStringLiteral(": ") + message;
    } else {
        into.message = QStringLiteral("uncaught exception: %1").arg(error.toString());
    }
    const QString stack = error.property(QStringLiteral("stack")).toString();
    const auto frames = scriptFrames(stack);
    std::optional<std::pair<QString, int>> frame;
    if (!frames.isEmpty())
        frame = frames.constFirst();
    // A failure inside an included helper file: the scenario's own line comes first (the call
    // the tester wrote), the helper's line in brackets.
    QString helperLine;
    if (frame && !frame->first.isEmpty() &&
        QFileInfo(frame->first).absoluteFilePath() != QFileInfo(m_scriptPath).absoluteFilePath()) {
        for (const auto &outer : frames) {
            if (QFileInfo(outer.first).absoluteFilePath() ==
                QFileInfo(m_scriptPath).absoluteFilePath()) {
                helperLine = QStringLiteral("%1:%2")
                                 .arg(QFileInfo(frame->first).fileName())
                                 .arg(frame->second);
                frame = outer;
                break;
            }
        }
    }
    if (!frame && error.property(QStringLiteral("lineNumber")).isNumber()) {
        // Syntax errors carry the place but no stack.
        QString file = error.property(QStringLiteral("fileName")).toString();
        const QUrl url(file);
        if (url.isLocalFile())
            file = url.toLocalFile();
        frame = std::make_pair(file, error.property(QStringLiteral("lineNumber")).toInt());
    }
    if (frame) {
        const QString file = frame->first.isEmpty() ? m_scriptPath : frame->first;
        into.location = QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(frame->second);
        if (!helperLine.isEmpty())
            into.location += QStringLiteral(" (in %1)").arg(helperLine);
        into.detail = QStringLiteral("%1\n  at %2:%3\n\nJavaScript stack:\n%4")
                          .arg(into.message, QFileInfo(file).absoluteFilePath())
                          .arg(frame->second)
                          .arg(stack);
    } else {
        into.detail = into.message + QStringLiteral("\n\nJavaScript stack:\n") + stack;
    }
}

QString ScenarioRunner::failureScreenshot(const QString &name)
{
    return m_driver ? m_driver->screenshot(name + QStringLiteral("-failure")) : QString();
}

void ScenarioRunner::finishCase(TestCaseResult result)
{
    QString line = QStringLiteral("%1: %2 (%3 ms)")
                       .arg(outcomeWord(result.outcome), result.name)
                       .arg(result.milliseconds);
    if (result.outcome != TestCaseResult::Outcome::Passed)
        line +=
            QStringLiteral("\n         %1%2")
                .arg(result.location.isEmpty() ? QString() : result.location + QStringLiteral(": "),
                     result.message);
    if (!result.screenshot.isEmpty())
        line += QStringLiteral("\n         screenshot: %1").arg(result.screenshot);
    print(line);
    if (result.outcome == TestCaseResult::Outcome::Failed ||
        result.outcome == TestCaseResult::Outcome::Error)
        m_failedBefore = true;
    m_report.add(std::move(result));
}

bool ScenarioRunner::beginTest(const QString &name)
{
    if (m_current) {
        fail(QStringLiteral("test(\"%1\") inside test(\"%2\"): test blocks do not nest")
                 .arg(name, m_current->name));
        return false;
    }
    ++m_testsRun;
    if (m_failedBefore && m_stopOnFailure) {
        TestCaseResult skipped;
        skipped.name = name;
        skipped.outcome = TestCaseResult::Outcome::Skipped;
        skipped.message = QStringLiteral("not run: an earlier test failed (stopOnFailure)");
        finishCase(std::move(skipped));
        return false;
    }
    m_current.emplace();
    m_current->name = name;
    m_caseClock.start();
    print(QStringLiteral("RUN    : %1").arg(name));
    return true;
}

void ScenarioRunner::endTest(const QJSValue &error)
{
    if (!m_current)
        return;
    TestCaseResult result = std::move(*m_current);
    m_current.reset();
    result.milliseconds = m_caseClock.elapsed();
    if (!error.isUndefined()) {
        describeError(error, result);
        if (result.outcome != TestCaseResult::Outcome::Skipped)
            result.screenshot = failureScreenshot(result.name);
    }
    finishCase(std::move(result));
}

QJSValue ScenarioRunner::include(const QString &path)
{
    // Relative to the scenario's folder; the returned value is the file's last expression.
    const QString file = QDir(scriptDir()).absoluteFilePath(path);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        fail(
            QStringLiteral("include(\"%1\"): can't read %2: %3").arg(path, file, in.errorString()));
        return {};
    }
    const QJSValue result = m_engine.evaluate(QString::fromUtf8(in.readAll()), file);
    if (result.isError())
        m_engine.throwError(result);
    return result;
}

int ScenarioRunner::run()
{
    m_clock.start();
    QFile script(m_scriptPath);
    if (!script.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "teahouse: can't read the scenario " << m_scriptPath << ": "
                            << script.errorString() << Qt::endl;
        return 1;
    }
    const QString source = QString::fromUtf8(script.readAll());

    // A known window size, so screenshots and positions are the same on every machine.
    QQuickWindow *window = m_context.window();
    if (!window) {
        QTextStream(stderr) << "teahouse: the window is not open" << Qt::endl;
        return 1;
    }
    window->resize(defaultWindowSize);
    window->requestActivate();

    m_driver = std::make_unique<ScriptDriver>(
        m_context, m_engine, m_options.screenshotDir, [this](const QString &m) { fail(m); },
        [this](const QString &s) { recordStep(s); });
    m_world = std::make_unique<ScriptWorld>(m_engine, m_scriptPath);
    // On a real display (X11) the size, the exposure and the activation arrive later from the
    // window system; a script that typed before the activation could lose keys to the focus
    // moving, so it starts once all three are there (bounded: a window manager may refuse).
    for (int waited = 0;
         (!window->isExposed() || !window->isActive() || window->size() != defaultWindowSize) &&
         waited < exposeTimeoutMs;
         waited += 50)
        m_driver->spin(50);

    m_engine.installExtensions(QJSEngine::ConsoleExtension);
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(m_driver.get(), QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(m_world.get(), QJSEngine::CppOwnership);
    QJSValue global = m_engine.globalObject();
    global.setProperty(QStringLiteral("__runner"), m_engine.newQObject(this));
    global.setProperty(QStringLiteral("__driver"), m_engine.newQObject(m_driver.get()));
    global.setProperty(QStringLiteral("__world"), m_engine.newQObject(m_world.get()));

    QFile prelude(preludeFile);
    if (!prelude.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "teahouse: the scenario API (prelude.js) is not built in"
                            << Qt::endl;
        return 1;
    }
    const QJSValue loaded = m_engine.evaluate(QString::fromUtf8(prelude.readAll()), preludeName);
    if (loaded.isError()) {
        QTextStream(stderr) << "teahouse: prelude.js: " << loaded.toString() << " (line "
                            << loaded.property(QStringLiteral("lineNumber")).toInt() << ")"
                            << Qt::endl;
        return 1;
    }

    print(QStringLiteral("********* Scenario %1 *********").arg(m_scriptPath));
    const QJSValue result = m_engine.evaluate(source, m_scriptPath);
    if (result.isError() || m_engine.hasError()) {
        const QJSValue error = result.isError() ? result : m_engine.catchError();
        // An error that escaped a test() block (or happened outside any).
        if (m_current)
            endTest(error);
        else {
            describeError(error, m_topLevel);
            if (m_topLevel.outcome != TestCaseResult::Outcome::Skipped)
                m_topLevel.screenshot = failureScreenshot(m_topLevel.name);
        }
    }

    // Cleanups registered by the script and the world helpers (servers, peers), newest first.
    const QJSValue cleaned = m_engine.evaluate(QStringLiteral("__runCleanups()"));
    if (cleaned.isError())
        print(QStringLiteral("         cleanup failed: %1").arg(cleaned.toString()));
    m_world->stopAll();

    // The whole script is a test case when it has no test() blocks, or when it failed
    // outside them.
    if (m_testsRun == 0 || m_topLevel.outcome != TestCaseResult::Outcome::Passed) {
        m_topLevel.milliseconds = m_clock.elapsed();
        if (m_testsRun > 0 && m_topLevel.outcome != TestCaseResult::Outcome::Passed)
            m_topLevel.name += QStringLiteral(" (outside test blocks)");
        finishCase(m_topLevel);
    }

    const qint64 total = m_clock.elapsed();
    using Outcome = TestCaseResult::Outcome;
    print(QStringLiteral("Totals: %1 passed, %2 failed, %3 errors, %4 skipped, %5 steps, %6 ms")
              .arg(m_report.count(Outcome::Passed))
              .arg(m_report.count(Outcome::Failed))
              .arg(m_report.count(Outcome::Error))
              .arg(m_report.count(Outcome::Skipped))
              .arg(m_report.steps())
              .arg(total));
    if (!m_options.junitFile.isEmpty()) {
        const Status written = m_report.write(m_options.junitFile, total);
        if (!written.ok()) {
            QTextStream(stderr) << "teahouse: " << written.error().message << Qt::endl;
            return 1;
        }
    }
    return m_report.passed() ? 0 : 1;
}

} // namespace teahouse::app::automation

#include "ScriptProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

namespace teahouse::app::automation {

namespace {

// Waits for the process to finish while the app keeps running.
bool waitFinished(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return process.state() == QProcess::NotRunning;
}

} // namespace

ScriptProcess::ScriptProcess(QString program, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ScriptProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
}

ScriptProcess::~ScriptProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // No event loop may run in a destructor: plain waits.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(1000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(1000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

bool ScriptProcess::start(const QStringList &environment, const QString &workingDirectory,
                          QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    m_process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    m_process.start(m_program, m_arguments);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot run %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    m_pid = m_process.processId();
    return true;
}

int ScriptProcess::exitCode() const
{
    return m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1;
}

void ScriptProcess::write(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
}

void ScriptProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (waitFinished(m_process, timeoutMs))
        return;
    m_process.terminate();
    if (waitFinished(m_process, 2000))
        return;
    m_process.kill();
    waitFinished(m_process, 2000);
}

void ScriptProcess::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        m_lines << QString::fromUtf8(line);
        m_buffer.remove(0, newline + 1);
    }
}

} // namespace teahouse::app::automation

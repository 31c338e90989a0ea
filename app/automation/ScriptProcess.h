#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace teahouse::app::automation {

// A helper program a scenario started (the peer, the provider, anything): standard output is
// kept as lines for the script to read and wait on; stopped when the scenario ends.
class ScriptProcess : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString program READ program CONSTANT)
    Q_PROPERTY(bool running READ running)
    Q_PROPERTY(int exitCode READ exitCode)
    Q_PROPERTY(qint64 pid READ pid CONSTANT)

public:
    ScriptProcess(QString program, QStringList arguments, QObject *parent = nullptr);
    ~ScriptProcess() override;

    // environment: extra variables; workingDirectory may be empty.
    [[nodiscard]] bool start(const QStringList &environment, const QString &workingDirectory,
                             QString *error);

    [[nodiscard]] QString program() const { return m_program; }
    [[nodiscard]] bool running() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] int exitCode() const;
    [[nodiscard]] qint64 pid() const { return m_pid; }

    // Writes one line (a newline is added) to the program's standard input.
    Q_INVOKABLE void write(const QString &line);
    // Every complete line of standard output so far.
    Q_INVOKABLE [[nodiscard]] QStringList lines() const { return m_lines; }
    Q_INVOKABLE [[nodiscard]] int lineCount() const { return int(m_lines.size()); }
    Q_INVOKABLE [[nodiscard]] QString errorOutput() const { return QString::fromUtf8(m_stderr); }
    // Closes stdin, waits up to timeoutMs for the program to end, then terminates/kills it.
    Q_INVOKABLE void stop(int timeoutMs = 3000);

private:
    void readOutput();

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QStringList m_lines;
    qint64 m_pid = 0;
};

} // namespace teahouse::app::automation

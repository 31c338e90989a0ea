#include "platform/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <QRegularExpression>
#include <atomic>
#include <cstring>

namespace teahouse::app {

namespace {

// Qt's handler is a plain function; it finds the one installed LogFile here.
std::atomic<LogFile *> installedLog{nullptr};
QtMessageHandler previousHandler = nullptr;

// A message Qt emits while a line is being written (a file warning) must not re-enter.
thread_local bool writing = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFile *log = installedLog.load();
    if (log && !writing) {
        writing = true;
        log->write(type, context.category, message);
        writing = false;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

LogFile::LogFile(QString directory, qint64 maxBytes, int keptFiles)
    : m_directory(std::move(directory))
    , m_maxBytes(qMax<qint64>(maxBytes, 1024))
    , m_keptFiles(qMax(keptFiles, 1))
{}

LogFile::~LogFile()
{
    if (m_installed) {
        installedLog.store(nullptr);
        qInstallMessageHandler(m_previous);
    }
}

void LogFile::install()
{
    if (m_installed)
        return;
    m_installed = true;
    installedLog.store(this);
    m_previous = qInstallMessageHandler(handleMessage);
    previousHandler = m_previous;
}

QString LogFile::currentPath() const
{
    return pathFor(0);
}

QString LogFile::pathFor(int index) const
{
    const QString name =
        index == 0 ? QStringLiteral("teahouse.log") : QStringLiteral("teahouse.%1.log").arg(index);
    return QDir(m_directory).filePath(name);
}

bool LogFile::keepsCategory(const char *category)
{
    if (!category || std::strncmp(category, "teahouse.", 9) != 0)
        return false;
    // The wire category and anything below it: raw stanzas carry message bodies.
    static constexpr const char wire[] = "teahouse.xmpp.wire";
    const size_t wireLength = sizeof(wire) - 1;
    if (std::strncmp(category, wire, wireLength) == 0 &&
        (category[wireLength] == '\0' || category[wireLength] == '.'))
        return false;
    return true;
}

QString LogFile::scrubbed(const QString &message)
{
    // 32+ hex digits (raw keys, x'…' pragmas, digests of secrets) and 40+ base64 characters
    // (wrapped keys, tokens). Ordinary log lines have neither.
    static const QRegularExpression hex(QStringLiteral("[0-9A-Fa-f]{32,}"));
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/_-]{40,}={0,2}"));
    QString text = message;
    text.replace(hex, QStringLiteral("[redacted]"));
    text.replace(base64, QStringLiteral("[redacted]"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

void LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    if (!keepsCategory(category))
        return;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + levelName(type) + ' ' + category + ": " +
                            scrubbed(message).toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!ensureOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes) {
        rotate();
        if (!ensureOpen())
            return;
    }
    m_file.write(line);
    m_file.flush();
}

bool LogFile::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    QDir dir;
    if (!dir.mkpath(m_directory))
        return false;
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void LogFile::rotate()
{
    m_file.close();
    // teahouse.(N-1).log falls off; every other file moves one place up.
    QFile::remove(pathFor(m_keptFiles - 1));
    for (int index = m_keptFiles - 2; index >= 0; --index)
        QFile::rename(pathFor(index), pathFor(index + 1));
}

} // namespace teahouse::app

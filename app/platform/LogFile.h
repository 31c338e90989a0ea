#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace teahouse::app {

// Rotating log files under the profile (logs/teahouse.log, teahouse.1.log, ...): a Qt message
// handler that keeps the teahouse.* categories for bug reports. Raw stanzas (teahouse.xmpp.wire)
// never reach the file, whatever the logging rules say, because they carry message text; what
// looks like a key (long hex or base64 runs) is masked as a second line of defence.
class LogFile
{
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;
    static constexpr int defaultKeptFiles = 5;

    // directory is created (owner-only) on the first write; keptFiles counts the current one.
    explicit LogFile(QString directory, qint64 maxBytes = defaultMaxBytes,
                     int keptFiles = defaultKeptFiles);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Routes Qt's messages here (and on to the previous handler, so stderr still shows them)
    // until this object is destroyed. One LogFile at a time may be installed.
    void install();

    // Writes one message if its category belongs in the file; the handler calls this.
    void write(QtMsgType type, const char *category, const QString &message);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString currentPath() const;
    // Whether a message in this category is written at all.
    [[nodiscard]] static bool keepsCategory(const char *category);
    // The message as written: key-like runs masked.
    [[nodiscard]] static QString scrubbed(const QString &message);

private:
    [[nodiscard]] QString pathFor(int index) const;
    void rotate();
    bool ensureOpen();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keptFiles;
    QMutex m_mutex;
    QFile m_file;
    bool m_installed = false;
    QtMessageHandler m_previous = nullptr;
};

} // namespace teahouse::app

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// What the unlock screen sees of the key store when no OS keychain answers and the database
// key comes from a passphrase. The base class keeps the state; a subclass backed by the key
// store implements unlock(). While `locked` is true the app shows the unlock screen.
class UnlockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UnlockController is provided by the app")

    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)

public:
    enum class Mode
    {
        CreatePassphrase, // first use: no key yet; the passphrase chosen now protects it
        EnterPassphrase,  // a key exists; the passphrase opens it
    };
    Q_ENUM(Mode)

    enum class ErrorKind
    {
        NoError,
        WrongPassphrase, // the derived key does not open the store
        TooShort,        // below minimumLength
        StorageFailed,   // the store could not be opened or created; errorDetail says why
    };
    Q_ENUM(ErrorKind)

    static constexpr int defaultMinimumLength = 8;

    explicit UnlockController(QObject *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] virtual int minimumLength() const { return defaultMinimumLength; }

    // Creates the key store under the passphrase (CreatePassphrase) or opens it
    // (EnterPassphrase). On success `locked` becomes false.
    Q_INVOKABLE virtual void unlock(const QString &passphrase) = 0;

Q_SIGNALS:
    void modeChanged();
    void lockedChanged();
    void busyChanged();
    void errorChanged();

protected:
    void setMode(Mode mode);
    void setLocked(bool locked);
    void setBusy(bool busy);
    void setError(ErrorKind kind, const QString &detail = {});

private:
    Mode m_mode = Mode::CreatePassphrase;
    bool m_locked = true;
    bool m_busy = false;
    ErrorKind m_errorKind = ErrorKind::NoError;
    QString m_errorDetail;
};

} // namespace teahouse::ui

#pragma once

#include "shell/UnlockController.h"

// An UnlockController the test drives: accepts `correct` as the passphrase, records attempts.
class FakeUnlockController : public teahouse::ui::UnlockController
{
    Q_OBJECT

public:
    explicit FakeUnlockController(Mode mode, QObject *parent = nullptr)
        : UnlockController(parent)
    {
        setMode(mode);
    }

    void unlock(const QString &passphrase) override
    {
        attempts.append(passphrase);
        if (mode() == Mode::EnterPassphrase && passphrase != correct) {
            setError(ErrorKind::WrongPassphrase);
            return;
        }
        setError(ErrorKind::NoError);
        setLocked(false);
    }

    // As the key store does when an account's database is first needed.
    void lockAgain(Mode mode)
    {
        setMode(mode);
        setLocked(true);
    }

    QString correct = QStringLiteral("correct horse battery");
    QStringList attempts;
};

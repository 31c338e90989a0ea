#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::pay {

// The payment PIN: six digits, kept only as a scrypt hash (OpenSSL) with its salt in the
// encrypted database. Five wrong entries in a row lock payments for fifteen minutes; the count
// and the lock are stored, so quitting the app does not reset them. Tables come from
// PayStore::migrations().
class PaymentPin
{
    Q_DECLARE_TR_FUNCTIONS(teahouse::pay::PaymentPin)

public:
    static constexpr int kLength = 6;
    static constexpr int kMaxTries = 5;
    static constexpr int kLockSeconds = 15 * 60;

    using Clock = std::function<QDateTime()>;

    struct State
    {
        bool isSet = false;
        int failures = 0;      // wrong entries since the last right one
        QDateTime lockedUntil; // invalid when not locked
        [[nodiscard]] int triesLeft() const { return kMaxTries - failures; }
    };

    explicit PaymentPin(storage::Database &db, Clock clock = {});

    [[nodiscard]] Result<State> state() const;
    [[nodiscard]] bool isLocked() const;
    // Six digits, not all the same, not a straight run (123456).
    [[nodiscard]] static Status checkFormat(const QString &pin);

    // Sets the first PIN; Conflict if one is set already (use change()).
    [[nodiscard]] Status set(const QString &pin);
    // Changes the PIN after checking the old one (a wrong old PIN counts as a wrong try).
    [[nodiscard]] Status change(const QString &oldPin, const QString &newPin);
    // Error codes: NotFound (no PIN set), PolicyViolation (locked; message says until when),
    // Authentication (wrong; message says how many tries are left).
    [[nodiscard]] Status verify(const QString &pin);

    // scrypt cost (N = 2^logN); tests lower it.
    void setCost(int logN) { m_logN = logN; }

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] Status store(const QString &pin);

    storage::Database &m_db;
    Clock m_clock;
    int m_logN = 14;
};

} // namespace teahouse::pay

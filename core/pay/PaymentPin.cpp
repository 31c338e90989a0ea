#include "pay/PaymentPin.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace teahouse::pay {

namespace {

constexpr int kSaltSize = 16;
constexpr int kHashSize = 32;
constexpr int kR = 8;
constexpr int kP = 1;

Result<QByteArray> scrypt(const QString &pin, const QByteArray &salt, int logN, int r, int p)
{
    const QByteArray pass = pin.toUtf8();
    QByteArray out(kHashSize, '\0');
    const quint64 n = quint64(1) << logN;
    const quint64 maxMem = 128 * n * quint64(r) * quint64(p) + (8u << 20);
    if (EVP_PBE_scrypt(pass.constData(), size_t(pass.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, quint64(r), quint64(p), maxMem,
                       reinterpret_cast<unsigned char *>(out.data()), size_t(out.size())) != 1)
        return Error::make(Error::Code::Crypto, PaymentPin::tr("The PIN could not be processed."));
    return out;
}

} // namespace

PaymentPin::PaymentPin(storage::Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QDateTime PaymentPin::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<PaymentPin::State> PaymentPin::state() const
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT failures, locked_until FROM pay_pin WHERE id = 1"));
    if (!query.ok())
        return query.error();
    auto row = query->step();
    if (!row.ok())
        return row.error();
    State s;
    if (!row.value())
        return s;
    s.isSet = true;
    s.failures = query->columnInt(0);
    const qint64 until = query->columnInt64(1);
    if (until > 0 && until > now().toMSecsSinceEpoch())
        s.lockedUntil = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
    return s;
}

bool PaymentPin::isLocked() const
{
    const auto s = state();
    return s.ok() && s->lockedUntil.isValid();
}

Status PaymentPin::checkFormat(const QString &pin)
{
    if (pin.size() != kLength ||
        std::any_of(pin.cbegin(), pin.cend(), [](QChar c) { return c < u'0' || c > u'9'; }))
        return Error::make(Error::Code::InvalidArgument, tr("The PIN has six digits."));
    bool same = true;
    bool up = true;
    bool down = true;
    for (int i = 1; i < pin.size(); ++i) {
        same = same && pin[i] == pin[0];
        up = up && pin[i].unicode() == pin[i - 1].unicode() + 1;
        down = down && pin[i].unicode() + 1 == pin[i - 1].unicode();
    }
    if (same || up || down)
        return Error::make(Error::Code::InvalidArgument,
                           tr("This PIN is too easy to guess. Choose six digits that are not all "
                              "the same or in a row."));
    return {};
}

Status PaymentPin::store(const QString &pin)
{
    QByteArray salt(kSaltSize, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    auto hash = scrypt(pin, salt, m_logN, kR, kP);
    if (!hash.ok())
        return hash.error();
    auto query = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO pay_pin (id, salt, hash, log_n, r, p, failures, locked_until) "
        "VALUES (1, ?, ?, ?, ?, ?, 0, 0)"));
    if (!query.ok())
        return query.error();
    query->bind(1, salt).bind(2, hash.value()).bind(3, m_logN).bind(4, kR).bind(5, kP);
    return query->execute();
}

Status PaymentPin::set(const QString &pin)
{
    auto s = state();
    if (!s.ok())
        return s.error();
    if (s->isSet)
        return Error::make(Error::Code::Conflict, tr("A payment PIN is set already."));
    if (Status format = checkFormat(pin); !format.ok())
        return format;
    return store(pin);
}

Status PaymentPin::change(const QString &oldPin, const QString &newPin)
{
    if (Status format = checkFormat(newPin); !format.ok())
        return format;
    if (Status ok = verify(oldPin); !ok.ok())
        return ok;
    return store(newPin);
}

Status PaymentPin::verify(const QString &pin)
{
    auto s = state();
    if (!s.ok())
        return s.error();
    if (!s->isSet)
        return Error::make(Error::Code::NotFound, tr("Set a payment PIN first."));
    if (s->lockedUntil.isValid()) {
        return Error::make(Error::Code::PolicyViolation,
                           tr("Too many wrong PINs. Payments are locked until %1.")
                               .arg(QLocale().toString(s->lockedUntil.toLocalTime().time(),
                                                       QLocale::ShortFormat)));
    }
    auto query =
        m_db.prepare(QStringLiteral("SELECT salt, hash, log_n, r, p FROM pay_pin WHERE id = 1"));
    if (!query.ok())
        return query.error();
    auto row = query->step();
    if (!row.ok())
        return row.error();
    const QByteArray salt = query->columnBlob(0);
    const QByteArray expected = query->columnBlob(1);
    auto hash = scrypt(pin, salt, query->columnInt(2), query->columnInt(3), query->columnInt(4));
    if (!hash.ok())
        return hash.error();
    const bool right =
        hash->size() == expected.size() &&
        CRYPTO_memcmp(hash->constData(), expected.constData(), size_t(expected.size())) == 0;
    if (right) {
        if (s->failures > 0) {
            if (Status reset = m_db.exec(QStringLiteral(
                    "UPDATE pay_pin SET failures = 0, locked_until = 0 WHERE id = 1"));
                !reset.ok())
                return reset;
        }
        return {};
    }
    const int failures = s->failures + 1;
    const bool lock = failures >= kMaxTries;
    auto update = m_db.prepare(
        QStringLiteral("UPDATE pay_pin SET failures = ?, locked_until = ? WHERE id = 1"));
    if (!update.ok())
        return update.error();
    const QDateTime until = now().addSecs(kLockSeconds);
    update->bind(1, lock ? 0 : failures).bind(2, lock ? until.toMSecsSinceEpoch() : qint64(0));
    if (Status saved = update->execute(); !saved.ok())
        return saved;
    if (lock)
        return Error::make(Error::Code::PolicyViolation,
                           tr("Wrong PIN. Payments are locked for 15 minutes."));
    return Error::make(Error::Code::Authentication,
                       tr("Wrong PIN. %n tries left.", nullptr, kMaxTries - failures));
}

} // namespace teahouse::pay

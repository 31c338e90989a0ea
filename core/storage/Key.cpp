#include "storage/Key.h"

#include <QByteArray>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace teahouse::storage {

Key &Key::operator=(const Key &other)
{
    if (this != &other)
        m_bytes = other.m_bytes;
    return *this;
}

Key::Key(Key &&other) noexcept
    : m_bytes(other.m_bytes)
{
    other.wipe();
}

Key &Key::operator=(Key &&other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        other.wipe();
    }
    return *this;
}

Key::~Key()
{
    wipe();
}

void Key::wipe()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

Result<Key> Key::generate()
{
    Key key;
    if (RAND_bytes(key.m_bytes.data(), static_cast<int>(key.m_bytes.size())) != 1) {
        return Error::make(Error::Code::Crypto,
                           QStringLiteral("The system random number generator failed; no key "
                                          "could be created."));
    }
    return key;
}

Result<Key> Key::fromBytes(QByteArrayView bytes)
{
    if (static_cast<std::size_t>(bytes.size()) != Size) {
        return Error::make(
            Error::Code::InvalidArgument,
            QStringLiteral("A key must be %1 bytes, got %2.").arg(Size).arg(bytes.size()));
    }
    Key key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

QByteArray Key::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()),
                      static_cast<qsizetype>(m_bytes.size()));
}

bool operator==(const Key &a, const Key &b)
{
    // Constant time: keys are compared in tests and when checking a stored key.
    return CRYPTO_memcmp(a.m_bytes.data(), b.m_bytes.data(), Key::Size) == 0;
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace teahouse::storage

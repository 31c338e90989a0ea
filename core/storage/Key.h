#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <array>
#include <cstddef>

namespace teahouse::storage {

// A 256-bit secret key (database or media key). Every copy wipes its bytes when destroyed, so
// keys do not linger in freed memory.
class Key
{
public:
    static constexpr std::size_t Size = 32;

    Key(const Key &other) = default;
    Key &operator=(const Key &other);
    Key(Key &&other) noexcept;
    Key &operator=(Key &&other) noexcept;
    ~Key();

    // 32 bytes from OpenSSL's CSPRNG.
    [[nodiscard]] static Result<Key> generate();
    // Exactly Size bytes, e.g. as read back from the keychain; anything else is rejected.
    [[nodiscard]] static Result<Key> fromBytes(QByteArrayView bytes);

    [[nodiscard]] const unsigned char *data() const { return m_bytes.data(); }
    [[nodiscard]] static constexpr std::size_t size() { return Size; }
    // A copy of the bytes for APIs that need a QByteArray (keychain); wipe it when done.
    [[nodiscard]] QByteArray toByteArray() const;

    friend bool operator==(const Key &a, const Key &b);

private:
    Key() = default;
    void wipe();

    std::array<unsigned char, Size> m_bytes{};
};

// Overwrites a QByteArray's bytes in place (best effort for copies of secrets).
void wipeBytes(QByteArray &bytes);

} // namespace teahouse::storage

#pragma once

#include <QString>

namespace teahouse {

// What went wrong, as a value: a machine-readable code for callers and a sentence for people.
struct Error
{
    enum class Code {
        Unknown,
        InvalidArgument,
        NotFound,
        WrongKey,        // database could not be decrypted with the key given
        Corrupt,         // file damaged or not a database
        Io,              // disk, permissions, disk full
        Storage,         // any other database failure
        Crypto,          // OpenSSL failure, authentication tag mismatch
        KeychainUnavailable,
        Network,
        Tls,
        Authentication,
        Protocol,
        Timeout,
        Cancelled,
        Conflict,
        PolicyViolation,
    };

    Code code = Code::Unknown;
    QString message;

    [[nodiscard]] static Error make(Code code, QString message)
    {
        return Error{code, std::move(message)};
    }
    [[nodiscard]] QString codeName() const;
};

} // namespace teahouse

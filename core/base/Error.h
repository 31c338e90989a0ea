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
    // The XMPP stanza error condition (RFC 6120 §8.3.3, "conflict", "forbidden", …) when a
    // peer refused a request; empty otherwise. Callers branch on this, never on the message,
    // which is translated.
    QString condition;

    [[nodiscard]] static Error make(Code code, QString message, QString condition = {})
    {
        return Error{code, std::move(message), std::move(condition)};
    }
    [[nodiscard]] QString codeName() const;
};

} // namespace teahouse

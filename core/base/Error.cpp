#include "base/Error.h"

namespace teahouse {

QString Error::codeName() const
{
    switch (code) {
    case Code::Unknown: return QStringLiteral("unknown");
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::WrongKey: return QStringLiteral("wrong-key");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Io: return QStringLiteral("io");
    case Code::Storage: return QStringLiteral("storage");
    case Code::Crypto: return QStringLiteral("crypto");
    case Code::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case Code::Network: return QStringLiteral("network");
    case Code::Tls: return QStringLiteral("tls");
    case Code::Authentication: return QStringLiteral("authentication");
    case Code::Protocol: return QStringLiteral("protocol");
    case Code::Timeout: return QStringLiteral("timeout");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::PolicyViolation: return QStringLiteral("policy-violation");
    }
    return QStringLiteral("unknown");
}

} // namespace teahouse

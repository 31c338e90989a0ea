#pragma once

#include "base/Result.h"

#include <QString>

namespace teahouse::xmpp {

// SASLprep (RFC 4013, stringprep profile of RFC 3454) for SCRAM user names and passwords,
// as a "query" (unassigned code points allowed, RFC 5802 §2.2): non-ASCII spaces map to
// U+0020, "mapped to nothing" characters go, NFKC, then prohibited characters and the bidi
// rule are checked. Normalisation uses Qt's Unicode tables rather than stringprep's frozen
// Unicode 3.2; the two differ only for characters added since, which no server can have
// normalised differently in a password it stored.
[[nodiscard]] Result<QString> saslPrep(const QString &input);

} // namespace teahouse::xmpp

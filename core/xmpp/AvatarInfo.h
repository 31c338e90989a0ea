#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace teahouse::xmpp {

// One <info/> of XEP-0084 avatar metadata: which image (id = hex SHA-1 of its bytes), how
// big, what type. An empty list means the contact has no avatar (disabled).
struct AvatarInfo
{
    static constexpr QStringView kMetadataNs = u"urn:xmpp:avatar:metadata";

    QString id;
    qint64 bytes = 0;
    QString type;
    int width = 0;
    int height = 0;
    QUrl url; // hosted elsewhere (not fetched by AvatarManager)

    [[nodiscard]] static Result<QList<AvatarInfo>> listFromMetadata(const Element &metadata);
    [[nodiscard]] Element toElement() const;

    friend bool operator==(const AvatarInfo &, const AvatarInfo &) = default;
};

} // namespace teahouse::xmpp

#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// The <pubsub><publish/> payload of an iq set that publishes one item to a PEP node
// (XEP-0163), with XEP-0060 §7.1.5 publish-options for the node's access model when given.
// Shared by the managers that publish to PEP (vCard4, avatars; later microblog).
[[nodiscard]] Element pepPublishPayload(const QString &node, const QString &itemId,
                                        Element item, const QString &accessModel = {});

} // namespace teahouse::xmpp

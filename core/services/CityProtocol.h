#pragma once

#include "xmpp/Element.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace teahouse::services::city {

// What Teahouse city services agree on beyond XEP-0050/0004: the category a command belongs
// to (the first segment of its node, "medical/appointment" → "medical"), the receipt's
// reference field, and the status message a service sends when an application moves on:
//   <message><body>…</body>
//     <status xmlns='urn:teahouse:city:0' reference='SZ-1' state='approved'>text</status>
//   </message>
inline constexpr QStringView kNamespace = u"urn:teahouse:city:0";
inline constexpr QStringView kReferenceField = u"reference";
// A field whose XEP-0122 datatype is this takes a picture: the client uploads it (XEP-0363)
// and submits its https URL.
inline constexpr QStringView kImageDatatype = u"x:image-url";

// The known categories, in the order Discover shows them.
inline constexpr QStringView kCategories[] = {
    u"public-security", u"social-security", u"housing-fund", u"transport", u"taxation",
    u"medical",         u"education",       u"utilities",    u"weather",   u"complaints"};

// The category of a command node ("other" when the node has no known first segment).
[[nodiscard]] QString categoryOf(QStringView node);

struct StatusUpdate
{
    QString reference;
    QString state;
    QString text;
};

[[nodiscard]] xmpp::Element statusElement(const StatusUpdate &update);
// The status update a message carries, if any.
[[nodiscard]] std::optional<StatusUpdate> statusOf(const xmpp::Element &message);

} // namespace teahouse::services::city

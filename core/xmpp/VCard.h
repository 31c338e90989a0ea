#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// The profile card (vCard4 in XML, RFC 6351, as used by XEP-0292): the fields Teahouse
// shows — full name, nickname, note — over the complete card received, so publishing our
// fields back keeps whatever other clients put there.
class VCard
{
public:
    static constexpr QStringView kNamespace = u"urn:ietf:params:xml:ns:vcard-4.0";

    VCard() = default;

    // Parses <vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'/>.
    [[nodiscard]] static Result<VCard> fromElement(const Element &vcard);
    [[nodiscard]] Element toElement() const;

    [[nodiscard]] QString fullName() const { return m_fullName; }
    [[nodiscard]] QString nickname() const { return m_nickname; }
    [[nodiscard]] QString note() const { return m_note; }
    void setFullName(const QString &name) { m_fullName = name; }
    void setNickname(const QString &name) { m_nickname = name; }
    void setNote(const QString &note) { m_note = note; }
    [[nodiscard]] bool isEmpty() const
    {
        return m_fullName.isEmpty() && m_nickname.isEmpty() && m_note.isEmpty();
    }

private:
    Element m_card; // the card as received, for the properties we do not edit
    QString m_fullName;
    QString m_nickname;
    QString m_note;
};

} // namespace teahouse::xmpp

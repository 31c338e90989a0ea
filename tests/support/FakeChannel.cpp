#include "FakeChannel.h"

#include <QtGlobal>

namespace teahouse::test {

using xmpp::Element;

namespace {

constexpr QStringView kAny = u"$ANY";
constexpr QStringView kIdPlaceholder = u"$ID";

bool matchesNode(const Element &expected, const Element &actual, bool root, QString *capturedId)
{
    if (expected.name() != actual.name() || expected.xmlns() != actual.xmlns())
        return false;
    if (expected.text().trimmed() != kAny && expected.text().trimmed() != actual.text().trimmed())
        return false;
    if (expected.attributes().size() != actual.attributes().size())
        return false;
    for (const auto &[key, value] : expected.attributes()) {
        if (!actual.hasAttribute(key))
            return false;
        const QString got = actual.attribute(key);
        if (value == kAny)
            continue;
        if (root && key == u"id" && value == kIdPlaceholder) {
            if (got.isEmpty())
                return false;
            if (capturedId)
                *capturedId = got;
            continue;
        }
        if (value != got)
            return false;
    }
    if (expected.children().size() != actual.children().size())
        return false;
    for (size_t i = 0; i < expected.children().size(); ++i) {
        if (!matchesNode(expected.children()[i], actual.children()[i], false, nullptr))
            return false;
    }
    return true;
}

} // namespace

FakeChannel::FakeChannel(Jid bound, QObject *parent)
    : StanzaChannel(parent)
    , m_bound(std::move(bound))
{}

void FakeChannel::sendStanza(const Element &stanza)
{
    m_sent.append(stanza);
    m_history.append(stanza);
}

void FakeChannel::startSession(bool resumed)
{
    m_online = true;
    Q_EMIT sessionStarted(resumed);
}

void FakeChannel::endSession()
{
    m_online = false;
    Q_EMIT sessionEnded();
}

Element FakeChannel::parse(QByteArrayView xml)
{
    QByteArray wrapped = "<stream xmlns='jabber:client'>";
    wrapped += xml.toByteArray();
    wrapped += "</stream>";
    const Element stream = Element::fromXml(wrapped);
    if (stream.isNull() || stream.children().size() != 1) {
        qWarning("FakeChannel: cannot parse test XML: %s", xml.toByteArray().constData());
        return {};
    }
    return stream.children().front();
}

bool FakeChannel::matches(const Element &expected, const Element &actual, QString *capturedId)
{
    return matchesNode(expected, actual, true, capturedId);
}

bool FakeChannel::expect(QByteArrayView xml)
{
    const Element expected = parse(xml);
    if (expected.isNull())
        return false;
    if (m_sent.isEmpty()) {
        qWarning("FakeChannel: expected a stanza but nothing was sent:\n  expected: %s",
                 expected.toXml().constData());
        return false;
    }
    const Element actual = m_sent.takeFirst();
    QString id;
    if (!matches(expected, actual, &id)) {
        qWarning("FakeChannel: sent stanza differs\n  expected: %s\n  actual:   %s",
                 expected.toXml().constData(), actual.toXml().constData());
        return false;
    }
    if (!id.isEmpty())
        m_lastId = id;
    else if (actual.hasAttribute(u"id"))
        m_lastId = actual.attribute(u"id");
    return true;
}

bool FakeChannel::expectNothing()
{
    if (m_sent.isEmpty())
        return true;
    for (const Element &stanza : std::as_const(m_sent))
        qWarning("FakeChannel: unexpected stanza sent: %s", stanza.toXml().constData());
    return false;
}

void FakeChannel::inject(QByteArrayView xml)
{
    QByteArray text = xml.toByteArray();
    text.replace(QByteArrayView("$ID"), m_lastId.toUtf8());
    const Element stanza = parse(text);
    if (stanza.isNull())
        return;
    inject(stanza);
}

void FakeChannel::inject(const Element &stanza)
{
    Q_EMIT stanzaReceived(stanza);
}

Element FakeChannel::takeSent()
{
    if (m_sent.isEmpty())
        return {};
    Element stanza = m_sent.takeFirst();
    if (stanza.hasAttribute(u"id"))
        m_lastId = stanza.attribute(u"id");
    return stanza;
}

} // namespace teahouse::test

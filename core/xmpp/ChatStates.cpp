#include "xmpp/ChatStates.h"

namespace teahouse::xmpp {

namespace {
constexpr std::pair<QStringView, ChatStates::State> kNames[] = {
    {u"active", ChatStates::State::Active},     {u"composing", ChatStates::State::Composing},
    {u"paused", ChatStates::State::Paused},     {u"inactive", ChatStates::State::Inactive},
    {u"gone", ChatStates::State::Gone},
};
} // namespace

QString ChatStates::name(State state)
{
    for (const auto &[n, s] : kNames) {
        if (s == state)
            return n.toString();
    }
    return {};
}

void ChatStates::add(Element &message, State state)
{
    for (const auto &entry : kNames)
        message.removeChildren(entry.first, kNamespace);
    if (state != State::None)
        message.addChild(name(state), kNamespace.toString());
}

Element ChatStates::makeNotification(const QString &to, State state, bool groupchat)
{
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), to);
    message.setAttribute(QStringLiteral("type"),
                         groupchat ? QStringLiteral("groupchat") : QStringLiteral("chat"));
    add(message, state);
    message.addChild(QStringLiteral("no-store"), QStringLiteral("urn:xmpp:hints"));
    return message;
}

ChatStates::State ChatStates::state(const Element &message)
{
    for (const Element &child : message.children()) {
        if (child.xmlns() != kNamespace)
            continue;
        for (const auto &[n, s] : kNames) {
            if (child.name() == n)
                return s;
        }
    }
    return State::None;
}

} // namespace teahouse::xmpp

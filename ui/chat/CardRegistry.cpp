#include "CardRegistry.h"

#include "chat/ChatService.h"

#include <QQmlEngine>
#include <QVariantMap>

namespace teahouse::ui {

CardRegistry::CardRegistry(QObject *parent)
    : QObject(parent)
{}

void CardRegistry::registerCard(const QString &kind, const QString &elementName,
                                const QString &xmlns, const QUrl &delegate, QObject *context)
{
    // The context outlives the chat's views: QML must never take it over (and delete it).
    if (context)
        QQmlEngine::setObjectOwnership(context, QQmlEngine::CppOwnership);
    m_kinds.insert(kind, Kind{elementName, xmlns, delegate, context});
    if (m_service)
        m_service->registerCardKind(kind, elementName, xmlns);
    ++m_revision;
    Q_EMIT kindsChanged();
}

void CardRegistry::registerAction(const QString &id, const QString &text, const QString &iconName)
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).toMap().value(QStringLiteral("id")).toString() == id) {
            m_actions.removeAt(i);
            break;
        }
    }
    m_actions.append(QVariantMap{{QStringLiteral("id"), id},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("iconName"), iconName}});
    Q_EMIT actionsChanged();
}

void CardRegistry::setService(chat::ChatService *service)
{
    m_service = service;
    if (!service)
        return;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        service->registerCardKind(it.key(), it->elementName, it->xmlns);
}

bool CardRegistry::sendCard(const QString &jid, const QString &kind, const xmpp::Element &payload,
                            const QString &fallbackText)
{
    if (!m_service || !m_kinds.contains(kind))
        return false;
    return m_service->sendCard(jid, kind, payload, fallbackText).ok();
}

bool CardRegistry::hasDelegate(const QString &kind) const
{
    return m_kinds.contains(kind) && m_kinds.value(kind).delegate.isValid();
}

QUrl CardRegistry::delegateFor(const QString &kind) const
{
    return m_kinds.value(kind).delegate;
}

QObject *CardRegistry::contextFor(const QString &kind) const
{
    return m_kinds.value(kind).context.data();
}

void CardRegistry::trigger(const QString &id, const QString &jid, const QString &name)
{
    Q_EMIT triggered(id, jid, name);
}

} // namespace teahouse::ui

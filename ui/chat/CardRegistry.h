#pragma once

#include "xmpp/Element.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::chat {
class ChatService;
}

namespace teahouse::ui {

// What other features add to the chat without the chat knowing them: card kinds (an extension
// element in a message, drawn in the bubble by a QML delegate the feature supplies, e.g. the
// pay feature's money transfer) and composer actions (entries of the composer's "+" menu in
// one-to-one chats, e.g. "Transfer"). The chat consults it; the features fill it.
class CardRegistry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the ChatController (features.chat.cards)")
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    Q_PROPERTY(int revision READ revision NOTIFY kindsChanged)

public:
    explicit CardRegistry(QObject *parent = nullptr);

    // Messages carrying <elementName xmlns=xmlns/> become cards of this kind, drawn by the QML
    // component at `delegate`. The delegate gets the properties `context` (the object given
    // here), `cardXml` (the element as XML), `outgoing` (bool) and `senderJid`.
    void registerCard(const QString &kind, const QString &elementName, const QString &xmlns,
                      const QUrl &delegate, QObject *context);
    // An entry of the composer's "+" menu in one-to-one chats; triggered(id, jid, name) when
    // the user picks it.
    void registerAction(const QString &id, const QString &text, const QString &iconName);

    // The account's chat (null while no account is open): card kinds are registered on it.
    void setService(chat::ChatService *service);
    // Sends a card of a registered kind into a conversation, through the chat's outbox.
    [[nodiscard]] bool sendCard(const QString &jid, const QString &kind,
                                const xmpp::Element &payload, const QString &fallbackText);

    [[nodiscard]] QVariantList actions() const { return m_actions; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] Q_INVOKABLE bool hasDelegate(const QString &kind) const;
    [[nodiscard]] Q_INVOKABLE QUrl delegateFor(const QString &kind) const;
    [[nodiscard]] Q_INVOKABLE QObject *contextFor(const QString &kind) const;
    // The composer's "+" menu: the user picked action `id` in the chat with `jid`.
    Q_INVOKABLE void trigger(const QString &id, const QString &jid, const QString &name);

Q_SIGNALS:
    void actionsChanged();
    void kindsChanged();
    void triggered(const QString &id, const QString &jid, const QString &name);

private:
    struct Kind
    {
        QString elementName;
        QString xmlns;
        QUrl delegate;
        QPointer<QObject> context;
    };

    QHash<QString, Kind> m_kinds;
    QVariantList m_actions;
    QPointer<chat::ChatService> m_service;
    int m_revision = 0;
};

} // namespace teahouse::ui

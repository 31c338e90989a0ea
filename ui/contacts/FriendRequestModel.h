#pragma once

#include "contacts/FriendRequest.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace teahouse::ui {

// "New friends": requests to us and from us, newest first, with the greeting, who asks and
// what became of each (pending, accepted, declined).
class FriendRequestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the contacts controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)

public:
    enum Role
    {
        JidRole = Qt::UserRole + 1,
        NameRole,
        GreetingRole,
        IncomingRole,
        StateRole, // "pending", "accepted", "declined"
        AvatarRole,
        TimeRole,
    };
    Q_ENUM(Role)

    using AvatarSource = std::function<QString(const Jid &)>;

    explicit FriendRequestModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setAvatarSource(AvatarSource source) { m_avatarSource = std::move(source); }
    void setRequests(const QList<contacts::FriendRequest> &requests);
    [[nodiscard]] int count() const { return static_cast<int>(m_requests.size()); }
    [[nodiscard]] int pendingCount() const;

    [[nodiscard]] static QString stateName(contacts::FriendRequest::State state);

Q_SIGNALS:
    void countChanged();

private:
    QList<contacts::FriendRequest> m_requests;
    AvatarSource m_avatarSource;
};

} // namespace teahouse::ui

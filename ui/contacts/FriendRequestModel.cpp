#include "FriendRequestModel.h"

#include <QDateTime>

namespace teahouse::ui {

FriendRequestModel::FriendRequestModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FriendRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

QString FriendRequestModel::stateName(contacts::FriendRequest::State state)
{
    switch (state) {
    case contacts::FriendRequest::State::Pending:
        return QStringLiteral("pending");
    case contacts::FriendRequest::State::Accepted:
        return QStringLiteral("accepted");
    case contacts::FriendRequest::State::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

QVariant FriendRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const contacts::FriendRequest &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.nickname.isEmpty() ? r.jid.local() : r.nickname;
    case JidRole:
        return r.jid.toString();
    case GreetingRole:
        return r.greeting;
    case IncomingRole:
        return r.incoming;
    case StateRole:
        return stateName(r.state);
    case AvatarRole:
        return m_avatarSource ? m_avatarSource(r.jid) : QString();
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(r.updatedMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> FriendRequestModel::roleNames() const
{
    return {{JidRole, "jid"},           {NameRole, "name"},   {GreetingRole, "greeting"},
            {IncomingRole, "incoming"}, {StateRole, "state"}, {AvatarRole, "avatar"},
            {TimeRole, "time"}};
}

void FriendRequestModel::setRequests(const QList<contacts::FriendRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
    Q_EMIT countChanged();
}

int FriendRequestModel::pendingCount() const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.incoming && r.state == contacts::FriendRequest::State::Pending)
            ++n;
    }
    return n;
}

} // namespace teahouse::ui

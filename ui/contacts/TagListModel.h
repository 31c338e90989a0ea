#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// The tags (roster groups) in use, each with how many contacts carry it.
class TagListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the contacts controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY countChanged)

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        CountRole,
    };
    Q_ENUM(Role)

    explicit TagListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // (tag, contacts) pairs, in display order.
    void setTags(const QList<QPair<QString, int>> &tags);
    [[nodiscard]] int count() const { return static_cast<int>(m_tags.size()); }
    [[nodiscard]] QStringList names() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<QPair<QString, int>> m_tags;
};

} // namespace teahouse::ui

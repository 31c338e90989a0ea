#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <QQmlPropertyMap>
#include <memory>
#include <vector>

namespace teahouse::app {

// Owns the features and connects them to the account: attach() when the account's store opens,
// detach() before another opens and at the end. QML sees the controllers through qmlMap() as
// features.<key> (a key is undefined in QML while no such feature exists).
class FeatureHost : public QObject
{
    Q_OBJECT
public:
    explicit FeatureHost(QObject *parent = nullptr);
    ~FeatureHost() override;

    void setFeatures(std::vector<std::unique_ptr<Feature>> features);
    // The account whose store opening attaches the features (null: never attached, as in the
    // UI tests without a backend).
    void setAccount(account::AccountSession *session);

    [[nodiscard]] Feature *feature(const QString &key) const;
    [[nodiscard]] QObject *controller(const QString &key) const;
    [[nodiscard]] const std::vector<std::unique_ptr<Feature>> &features() const
    {
        return m_features;
    }
    [[nodiscard]] QQmlPropertyMap *qmlMap() const { return m_map.get(); }
    [[nodiscard]] QList<TourStop> tourStops() const;
    [[nodiscard]] bool attached() const { return m_attached; }

    // Attaches every feature to the account now (its store must be open).
    void attachAll();
    void detachAll();

private:
    std::vector<std::unique_ptr<Feature>> m_features;
    std::unique_ptr<QQmlPropertyMap> m_map;
    QPointer<account::AccountSession> m_session;
    bool m_attached = false;
};

} // namespace teahouse::app

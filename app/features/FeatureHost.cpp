#include "features/FeatureHost.h"

#include "account/AccountSession.h"
#include "base/Logging.h"

namespace teahouse::app {

FeatureHost::FeatureHost(QObject *parent)
    : QObject(parent)
    , m_map(std::make_unique<QQmlPropertyMap>())
{}

FeatureHost::~FeatureHost()
{
    detachAll();
}

void FeatureHost::setFeatures(std::vector<std::unique_ptr<Feature>> features)
{
    detachAll();
    m_features = std::move(features);
    for (const auto &feature : m_features)
        m_map->insert(feature->key(), QVariant::fromValue(feature->controller()));
}

void FeatureHost::setAccount(account::AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &account::AccountSession::storeOpening, this, &FeatureHost::detachAll);
    connect(session, &account::AccountSession::storeOpened, this, &FeatureHost::attachAll);
    if (session->isOpen())
        attachAll();
}

Feature *FeatureHost::feature(const QString &key) const
{
    for (const auto &feature : m_features) {
        if (feature->key() == key)
            return feature.get();
    }
    return nullptr;
}

QObject *FeatureHost::controller(const QString &key) const
{
    Feature *f = feature(key);
    return f ? f->controller() : nullptr;
}

QList<TourStop> FeatureHost::tourStops() const
{
    QList<TourStop> stops;
    for (const auto &feature : m_features)
        stops += feature->tourStops();
    return stops;
}

void FeatureHost::attachAll()
{
    if (!m_session || !m_session->isOpen())
        return;
    detachAll();
    for (const auto &feature : m_features)
        feature->attach(*m_session);
    m_attached = true;
    qCInfo(lcApp) << "features attached to the account:" << m_features.size();
}

void FeatureHost::detachAll()
{
    if (!m_attached)
        return;
    // In reverse: a later feature may use an earlier one's services.
    for (auto it = m_features.rbegin(); it != m_features.rend(); ++it)
        (*it)->detach();
    m_attached = false;
}

} // namespace teahouse::app

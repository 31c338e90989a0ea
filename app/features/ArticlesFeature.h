#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <memory>

namespace teahouse::articles {
class ArticlesService;
}
namespace teahouse::ui {
class ArticlesController;
}

namespace teahouse::app {

// Official accounts in the app (features.articles): builds the account's ArticlesService when
// its store opens, binds it to each new session, tells the desktop about new articles and
// routes the reader's "share" requests. The pubsub service is the account setting
// "articles.service", else pubsub.<the account's domain>.
class ArticlesFeature : public Feature
{
    Q_OBJECT
public:
    explicit ArticlesFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~ArticlesFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("articles"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    [[nodiscard]] articles::ArticlesService *service() const { return m_service.get(); }

    static constexpr QStringView kServiceSetting = u"articles.service";

private:
    void bindSession();
    // The chat's card for shared articles, its sender and the share picker's lists (the chat
    // feature is attached before this one: FeatureList's order).
    void joinChat();
    // Moments' composer, prefilled with the article's title and address.
    void shareToMoments(const QString &title, const QString &link);

    FeatureEnv m_env;
    std::unique_ptr<ui::ArticlesController> m_controller;
    std::unique_ptr<articles::ArticlesService> m_service;
    QPointer<account::AccountSession> m_session;
};

} // namespace teahouse::app

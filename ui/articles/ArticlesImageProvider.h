#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace teahouse::ui {

class ArticlesController;

// image://articles/<percent-encoded address>: an image from the articles' encrypted cache (an
// account's picture, a shared card's cover). Only what is cached is served: QML never fetches
// these addresses itself, so the chat and the lists make no request to a publisher's host.
class ArticlesImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *providerId = "articles";

    explicit ArticlesImageProvider(ArticlesController *controller);

    // The source QML uses for a cached image's address.
    [[nodiscard]] static QString sourceFor(const QUrl &url);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<ArticlesController> m_controller;
};

} // namespace teahouse::ui

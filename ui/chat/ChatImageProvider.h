#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace teahouse::ui {

class ChatController;

// image://chatmedia/<mediaId>: pictures from the encrypted media store (attachments,
// thumbnails, group avatars), decrypted in memory only. Synchronous on purpose: the store is
// the account's database, used from the GUI thread only, and thumbnails are small.
class ChatImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *providerId = "chatmedia";

    explicit ChatImageProvider(ChatController *controller);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<ChatController> m_controller;
};

} // namespace teahouse::ui

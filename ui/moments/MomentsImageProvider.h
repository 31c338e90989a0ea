#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace teahouse::ui {

class MomentsController;

// image://moments/<media id>: a picture from the encrypted media store (or a draft picture),
// decoded no larger than the view asks, so thumbnails stay thumbnails in memory.
class MomentsImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *providerId = "moments";

    explicit MomentsImageProvider(MomentsController *controller);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<MomentsController> m_controller;
};

} // namespace teahouse::ui

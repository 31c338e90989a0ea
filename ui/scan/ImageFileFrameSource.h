#pragma once

#include "scan/FrameSource.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QVideoFrame;

namespace teahouse::ui {

// Image files played as a camera: each image becomes an NV12 QVideoFrame (what webcams deliver)
// pushed into the viewfinder's sink at a steady rate, in a loop. It stands in for the camera in
// tests, in the screenshot tour and for testers (TEAHOUSE_SCAN_FRAMES=file-or-directory), so the
// live path (sink → decoder thread → luminance plane → ZXing) runs without a camera.
class ImageFileFrameSource : public FrameSource
{
    Q_OBJECT
public:
    // `paths`: image files, or directories whose images are played in name order.
    explicit ImageFileFrameSource(const QStringList &paths, int framesPerSecond = 10,
                                  QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const override { return !m_frames.isEmpty(); }
    [[nodiscard]] bool isActive() const override { return m_timer.isActive(); }
    [[nodiscard]] QString errorString() const override { return m_error; }
    void setVideoSink(QVideoSink *sink) override { m_sink = sink; }
    void start() override;
    void stop() override;

    [[nodiscard]] int frameCount() const { return static_cast<int>(m_frames.size()); }
    [[nodiscard]] int framesSent() const { return m_sent; }

    // An NV12 frame with the image's grey levels in its Y plane (even width and height).
    [[nodiscard]] static QVideoFrame toNv12(const QImage &image);

private:
    void next();

    QList<QImage> m_frames;
    QPointer<QVideoSink> m_sink;
    QTimer m_timer;
    QString m_error;
    int m_index = 0;
    int m_sent = 0;
};

} // namespace teahouse::ui

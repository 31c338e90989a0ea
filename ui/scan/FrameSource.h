#pragma once

#include <QObject>
#include <QString>

class QVideoSink;

namespace teahouse::ui {

// Where live frames come from: a camera, or (for tests, the tour and machines without one)
// image files played as camera frames. A source pushes its frames into the video sink it is
// given (the viewfinder's); ScanController decodes what arrives there.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // False when there is nothing to start (no camera on this machine).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    // A sentence for the viewfinder when the source failed (camera busy, permission denied).
    [[nodiscard]] virtual QString errorString() const = 0;
    virtual void setVideoSink(QVideoSink *sink) = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void activeChanged();
    void errorOccurred(const QString &message);
};

} // namespace teahouse::ui

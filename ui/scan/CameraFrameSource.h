#pragma once

#include "scan/FrameSource.h"

#include <QPointer>
#include <memory>

class QCamera;
class QMediaCaptureSession;

namespace teahouse::ui {

// The system's default camera through QtMultimedia (the only place the app uses it).
class CameraFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] bool isActive() const override;
    [[nodiscard]] QString errorString() const override { return m_error; }
    void setVideoSink(QVideoSink *sink) override;
    void start() override;
    void stop() override;

private:
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QPointer<QVideoSink> m_sink;
    QString m_error;
};

} // namespace teahouse::ui

#include "scan/CameraFrameSource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace teahouse::ui {

CameraFrameSource::CameraFrameSource(QObject *parent)
    : FrameSource(parent)
    , m_session(std::make_unique<QMediaCaptureSession>())
{}

CameraFrameSource::~CameraFrameSource()
{
    stop();
}

bool CameraFrameSource::isAvailable() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

bool CameraFrameSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraFrameSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink;
    m_session->setVideoSink(sink);
}

void CameraFrameSource::start()
{
    if (isActive())
        return;
    if (!isAvailable()) {
        m_error = tr("No camera was found on this computer.");
        Q_EMIT errorOccurred(m_error);
        return;
    }
    m_error.clear();
    m_camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
    connect(m_camera.get(), &QCamera::activeChanged, this, &FrameSource::activeChanged);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &text) {
                m_error = tr("The camera could not be started: %1").arg(text);
                Q_EMIT errorOccurred(m_error);
            });
    m_session->setCamera(m_camera.get());
    m_camera->start();
}

void CameraFrameSource::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session->setCamera(nullptr);
    m_camera.reset();
    Q_EMIT activeChanged();
}

} // namespace teahouse::ui

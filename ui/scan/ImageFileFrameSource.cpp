#include "scan/ImageFileFrameSource.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

namespace teahouse::ui {

ImageFileFrameSource::ImageFileFrameSource(const QStringList &paths, int framesPerSecond,
                                           QObject *parent)
    : FrameSource(parent)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    for (const QString &file : std::as_const(files)) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (!image.isNull())
            m_frames << image;
    }
    if (m_frames.isEmpty())
        m_error = tr("None of the frame files could be read.");
    m_timer.setInterval(1000 / std::max(1, framesPerSecond));
    connect(&m_timer, &QTimer::timeout, this, &ImageFileFrameSource::next);
}

void ImageFileFrameSource::start()
{
    if (m_frames.isEmpty()) {
        Q_EMIT errorOccurred(m_error);
        return;
    }
    if (m_timer.isActive())
        return;
    m_timer.start();
    Q_EMIT activeChanged();
    next();
}

void ImageFileFrameSource::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT activeChanged();
}

void ImageFileFrameSource::next()
{
    if (m_frames.isEmpty() || !m_sink)
        return;
    const QImage &image = m_frames.at(m_index);
    m_index = (m_index + 1) % static_cast<int>(m_frames.size());
    ++m_sent;
    m_sink->setVideoFrame(toNv12(image));
}

QVideoFrame ImageFileFrameSource::toNv12(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QSize size(grey.width() & ~1, grey.height() & ~1);
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_NV12));
    if (size.isEmpty() || !frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < size.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y),
                    static_cast<size_t>(size.width()));
    // Chroma at its midpoint: a grey picture.
    for (int y = 0; y < size.height() / 2; ++y)
        std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128,
                    static_cast<size_t>(size.width()));
    frame.unmap();
    return frame;
}

} // namespace teahouse::ui

#include "scan/FrameDecoder.h"

#include <QVideoFrameFormat>

namespace teahouse::ui {

class FrameDecoder::Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(FrameDecoder *owner)
        : m_owner(owner)
    {}

public Q_SLOTS:
    void decode(const QVideoFrame &frame)
    {
        QImage still;
        const qr::ScannedCodes codes = decodeFrame(frame, &still);
        m_owner->m_decoded.fetch_add(1);
        m_owner->m_busy.store(false);
        if (!codes.isEmpty())
            Q_EMIT m_owner->decoded(codes, still);
    }

private:
    FrameDecoder *m_owner;
};

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<qr::ScannedCodes>();
    m_thread.setObjectName(QStringLiteral("teahouse-scan-decoder"));
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

FrameDecoder::~FrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
}

bool FrameDecoder::offer(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return false;
    bool expected = false;
    if (!m_busy.compare_exchange_strong(expected, true))
        return false;
    QMetaObject::invokeMethod(m_worker, "decode", Qt::QueuedConnection, Q_ARG(QVideoFrame, frame));
    return true;
}

qr::ScannedCodes FrameDecoder::decodeFrame(const QVideoFrame &input, QImage *still)
{
    static const qr::QrScanner scanner(qr::QrScanner::Effort::Live);
    QVideoFrame frame = input;
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    using F = QVideoFrameFormat::PixelFormat;
    const F format = frame.pixelFormat();
    qr::ScannedCodes codes;
    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        // Plane 0 is the luminance: exactly what ZXing reads, no conversion.
        codes = scanner.scanLuminance(frame.bits(0), frame.width(), frame.height(),
                                      frame.bytesPerLine(0));
        if (!codes.isEmpty() && still) {
            *still = QImage(frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0),
                            QImage::Format_Grayscale8)
                         .copy();
        }
        break;
    default: {
        frame.unmap();
        const QImage image = frame.toImage();
        codes = scanner.scan(image);
        if (!codes.isEmpty() && still)
            *still = image;
        return codes;
    }
    }
    frame.unmap();
    return codes;
}

} // namespace teahouse::ui

#include "FrameDecoder.moc"

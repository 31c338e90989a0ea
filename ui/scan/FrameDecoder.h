#pragma once

#include "qr/QrScanner.h"

#include <QImage>
#include <QObject>
#include <QThread>
#include <QVideoFrame>
#include <atomic>

namespace teahouse::ui {

// Decodes live frames on a thread of its own so the viewfinder never waits for ZXing. Frames
// that arrive while one is being decoded are dropped: the next free moment takes the newest
// frame, not a backlog. YUV frames are decoded from their luminance plane without conversion.
class FrameDecoder : public QObject
{
    Q_OBJECT
public:
    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override;

    // Takes the frame unless a decode is running; returns whether it was taken.
    bool offer(const QVideoFrame &frame);
    [[nodiscard]] bool busy() const { return m_busy.load(); }
    [[nodiscard]] int framesDecoded() const { return m_decoded.load(); }

    // The codes in one frame, on the calling thread (the worker uses it; tests call it).
    [[nodiscard]] static qr::ScannedCodes decodeFrame(const QVideoFrame &frame, QImage *still);

Q_SIGNALS:
    // On the decoder's owner thread. `frame` is the picture the codes were found in.
    void decoded(const teahouse::qr::ScannedCodes &codes, const QImage &frame);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::atomic<bool> m_busy{false};
    std::atomic<int> m_decoded{0};
};

} // namespace teahouse::ui

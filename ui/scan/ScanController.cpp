#include "scan/ScanController.h"

#include "qr/QrScanner.h"
#include "scan/FrameDecoder.h"
#include "scan/FrameSource.h"
#include "scan/ScanActions.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMimeData>
#include <QPixmap>
#include <QScreen>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

namespace teahouse::ui {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
    , m_results(std::make_unique<ScanResultModel>())
    , m_decoder(std::make_unique<FrameDecoder>())
    , m_ownSink(std::make_unique<QVideoSink>())
{
    connect(m_decoder.get(), &FrameDecoder::decoded, this,
            [this](const qr::ScannedCodes &codes, const QImage &frame) {
                if (m_state != State::Live)
                    return; // a frame decoded after the user stopped or scanned something else
                stopCamera();
                showCodes(codes, frame, QStringLiteral("camera"));
            });
    setVideoSink(m_ownSink.get());
}

ScanController::~ScanController()
{
    if (m_source)
        m_source->stop();
}

void ScanController::setFrameSource(std::unique_ptr<FrameSource> source)
{
    if (m_source)
        m_source->stop();
    m_source = std::move(source);
    if (m_source) {
        m_source->setVideoSink(m_sink);
        connect(m_source.get(), &FrameSource::activeChanged, this, &ScanController::cameraChanged);
        connect(m_source.get(), &FrameSource::errorOccurred, this, [this](const QString &text) {
            m_cameraError = text;
            if (m_state == State::Live)
                setState(State::Idle);
            Q_EMIT cameraChanged();
        });
    }
    Q_EMIT cameraChanged();
}

void ScanController::setActions(ScanActions *actions)
{
    m_actions = actions;
}

bool ScanController::cameraAvailable() const
{
    return m_source && m_source->isAvailable();
}

bool ScanController::cameraActive() const
{
    return m_source && m_source->isActive();
}

QVideoSink *ScanController::videoSink() const
{
    return m_sink;
}

void ScanController::setVideoSink(QVideoSink *sink)
{
    if (!sink)
        sink = m_ownSink.get(); // the viewfinder went away: frames still need somewhere to go
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ScanController::onFrame);
    if (m_source)
        m_source->setVideoSink(m_sink);
    Q_EMIT videoSinkChanged();
}

void ScanController::onFrame(const QVideoFrame &frame)
{
    if (m_state == State::Live)
        m_decoder->offer(frame);
}

void ScanController::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

void ScanController::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_results->count() || index == m_currentIndex)
        return;
    m_currentIndex = index;
    setActionMessage({});
    Q_EMIT currentChanged();
}

QVariantMap ScanController::current() const
{
    return m_results->row(m_currentIndex);
}

void ScanController::setActionMessage(const QString &message)
{
    if (m_actionMessage == message)
        return;
    m_actionMessage = message;
    Q_EMIT actionMessageChanged();
}

void ScanController::startCamera()
{
    ++m_generation;
    m_results->clear();
    m_currentIndex = -1;
    Q_EMIT currentChanged();
    m_cameraError.clear();
    if (!cameraAvailable()) {
        m_cameraError = m_source && !m_source->errorString().isEmpty()
                            ? m_source->errorString()
                            : tr("No camera was found on this computer.");
        setState(State::Idle);
        Q_EMIT cameraChanged();
        return;
    }
    setState(State::Live);
    m_source->start();
    Q_EMIT cameraChanged();
}

void ScanController::stopCamera()
{
    if (m_source)
        m_source->stop();
    if (m_state == State::Live)
        setState(State::Idle);
    Q_EMIT cameraChanged();
}

void ScanController::showCodes(const qr::ScannedCodes &codes, const QImage &picture,
                               const QString &origin)
{
    m_origin = origin;
    m_picture = picture;
    Q_EMIT pictureChanged();
    m_results->setCodes(codes, picture.size(), m_actions);
    // One code goes straight to its page; several wait for the user to pick one.
    m_currentIndex = codes.size() == 1 ? 0 : -1;
    setActionMessage({});
    Q_EMIT currentChanged();
    if (codes.isEmpty()) {
        setState(State::NothingFound,
                 tr("No QR code or barcode was found. Try a sharper or larger picture, or "
                    "select just the code."));
    } else {
        setState(State::Results);
        Q_EMIT scanned(static_cast<int>(codes.size()));
    }
}

void ScanController::scanImage(const QImage &image, const QString &origin)
{
    stopCamera();
    const quint64 generation = ++m_generation;
    m_results->clear();
    m_currentIndex = -1;
    Q_EMIT currentChanged();
    if (image.isNull()) {
        setState(State::Failed, tr("There is no picture to scan."));
        return;
    }
    setState(State::Busy, tr("Looking for codes…"));
    // A large photo takes ZXing a noticeable moment: decode it on the pool, not the UI thread.
    QPointer<ScanController> self(this);
    QThreadPool::globalInstance()->start([self, image, origin, generation] {
        const qr::ScannedCodes codes = qr::QrScanner(qr::QrScanner::Effort::Thorough).scan(image);
        QMetaObject::invokeMethod(
            qApp,
            [self, codes, image, origin, generation] {
                if (self && self->m_generation == generation)
                    self->showCodes(codes, image, origin);
            },
            Qt::QueuedConnection);
    });
}

void ScanController::scanImageNow(const QImage &image, const QString &origin)
{
    stopCamera();
    ++m_generation;
    showCodes(qr::QrScanner(qr::QrScanner::Effort::Thorough).scan(image), image, origin);
}

void ScanController::scanFile(const QUrl &url)
{
    scanImageFile(url.isLocalFile() ? url.toLocalFile() : url.toString());
}

void ScanController::scanImageFile(const QString &path)
{
    const auto image = qr::QrScanner::readImage(path);
    if (!image.ok()) {
        stopCamera();
        ++m_generation;
        m_results->clear();
        setState(State::Failed, image.error().message);
        return;
    }
    scanImage(image.value(), QStringLiteral("file"));
}

void ScanController::scanClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        scanImage(qvariant_cast<QImage>(mime->imageData()), QStringLiteral("clipboard"));
    } else if (mime && mime->hasUrls() && mime->urls().constFirst().isLocalFile()) {
        scanFile(mime->urls().constFirst());
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        // A copied link or payment code text is read as if scanned.
        showText(mime->text().trimmed());
    } else {
        stopCamera();
        setState(State::Failed, tr("The clipboard holds no picture. Copy an image with a QR "
                                   "code (or a screenshot of one) and try again."));
    }
}

void ScanController::scanDropped(const QList<QUrl> &urls, const QByteArray &imageData,
                                 const QString &text)
{
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        scanFile(urls.constFirst());
    } else if (!imageData.isEmpty()) {
        const auto image = qr::QrScanner::readImage(QByteArrayView(imageData));
        if (image.ok())
            scanImage(image.value(), QStringLiteral("drop"));
        else
            setState(State::Failed, image.error().message);
    } else if (!text.trimmed().isEmpty()) {
        showText(text.trimmed());
    } else {
        setState(State::Failed, tr("Drop an image file with a QR code here."));
    }
}

bool ScanController::grabScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const QImage shot = screen ? screen->grabWindow(0).toImage() : QImage();
    if (shot.isNull()) {
        setState(State::Failed, tr("The screen could not be captured on this system. Save the "
                                   "picture as a file or copy it, then scan it from there."));
        return false;
    }
    m_screenshot = shot;
    Q_EMIT screenshotChanged();
    return true;
}

void ScanController::scanScreenRegion(const QRectF &area)
{
    if (m_screenshot.isNull())
        return;
    const QRectF whole(0, 0, 1, 1);
    const QRectF part = area.isEmpty() ? whole : area.intersected(whole);
    const QRect pixels(
        qRound(part.x() * m_screenshot.width()), qRound(part.y() * m_screenshot.height()),
        qRound(part.width() * m_screenshot.width()), qRound(part.height() * m_screenshot.height()));
    const QImage region = m_screenshot.copy(pixels);
    cancelScreen();
    scanImage(region, QStringLiteral("screen"));
}

void ScanController::cancelScreen()
{
    m_screenshot = QImage();
    Q_EMIT screenshotChanged();
}

void ScanController::showText(const QString &text)
{
    stopCamera();
    ++m_generation;
    qr::ScannedCode code;
    code.bytes = text.toUtf8();
    code.payload = qr::QrPayload::classify(text);
    showCodes({code}, QImage(), QStringLiteral("link"));
}

bool ScanController::act(int index)
{
    const qr::ScannedCode *code = m_results->code(index);
    if (!code)
        return false;
    if (!m_actions) {
        setActionMessage(tr("This action is not available."));
        return false;
    }
    QString message;
    const bool done = m_actions->perform(code->payload, &message);
    setActionMessage(message);
    return done;
}

bool ScanController::openLink(int index)
{
    const qr::ScannedCode *code = m_results->code(index);
    if (!code || !code->payload.url())
        return false;
    const bool opened = QDesktopServices::openUrl(*code->payload.url());
    setActionMessage(opened ? tr("Opened in your browser.")
                            : tr("No browser could open this address."));
    return opened;
}

void ScanController::copyText(int index)
{
    if (const qr::ScannedCode *code = m_results->code(index)) {
        QGuiApplication::clipboard()->setText(code->payload.text);
        setActionMessage(tr("Copied."));
    }
}

void ScanController::reset()
{
    stopCamera();
    ++m_generation;
    m_results->clear();
    m_currentIndex = -1;
    m_picture = QImage();
    m_screenshot = QImage();
    setActionMessage({});
    Q_EMIT pictureChanged();
    Q_EMIT screenshotChanged();
    Q_EMIT currentChanged();
    setState(State::Idle);
}

} // namespace teahouse::ui

#pragma once

#include "qr/ScannedCode.h"
#include "scan/ScanResultModel.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QUrl>
#include <QVariantMap>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace teahouse::ui {

class FrameDecoder;
class FrameSource;
class ScanActions;

// The scanner as QML sees it (features.scan): a live viewfinder fed by a FrameSource, still
// pictures from a file, a drop, the clipboard or a region of the screen, the codes found in the
// last scan (the user picks one when there are several), and what each code asks for, carried
// out through the app's ScanActions. Still pictures are decoded off the UI thread too.
class ScanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ScanController is created by the app (features.scan)")

    Q_PROPERTY(teahouse::ui::ScanResultModel *results READ results CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString origin READ origin NOTIFY stateChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QImage picture READ picture NOTIFY pictureChanged)
    Q_PROPERTY(QImage screenshot READ screenshot NOTIFY screenshotChanged)
    Q_PROPERTY(bool hasPicture READ hasPicture NOTIFY pictureChanged)
    Q_PROPERTY(bool hasScreenshot READ hasScreenshot NOTIFY screenshotChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraChanged)
    Q_PROPERTY(bool cameraActive READ cameraActive NOTIFY cameraChanged)
    Q_PROPERTY(QString cameraError READ cameraError NOTIFY cameraChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(QString actionMessage READ actionMessage NOTIFY actionMessageChanged)

public:
    enum class State
    {
        Idle,         // nothing scanned yet: the start screen
        Live,         // the viewfinder runs
        Busy,         // a still picture is being decoded
        Results,      // codes found (or a link to show): the picker or a result page
        NothingFound, // the picture held no code
        Failed,       // the picture could not be read: `message` says why
    };
    Q_ENUM(State)

    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    void setFrameSource(std::unique_ptr<FrameSource> source);
    [[nodiscard]] FrameSource *frameSource() const { return m_source.get(); }
    void setActions(ScanActions *actions);

    [[nodiscard]] ScanResultModel *results() const { return m_results.get(); }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString origin() const { return m_origin; }
    [[nodiscard]] int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    [[nodiscard]] QVariantMap current() const;
    [[nodiscard]] QImage picture() const { return m_picture; }
    [[nodiscard]] QImage screenshot() const { return m_screenshot; }
    [[nodiscard]] bool hasPicture() const { return !m_picture.isNull(); }
    [[nodiscard]] bool hasScreenshot() const { return !m_screenshot.isNull(); }
    [[nodiscard]] bool cameraAvailable() const;
    [[nodiscard]] bool cameraActive() const;
    [[nodiscard]] QString cameraError() const { return m_cameraError; }
    [[nodiscard]] QVideoSink *videoSink() const;
    void setVideoSink(QVideoSink *sink);
    [[nodiscard]] QString actionMessage() const { return m_actionMessage; }
    [[nodiscard]] FrameDecoder &decoder() const { return *m_decoder; }

    Q_INVOKABLE void startCamera();
    Q_INVOKABLE void stopCamera();
    // A file chosen in the file dialog (file: URL) or named by path.
    Q_INVOKABLE void scanFile(const QUrl &url);
    Q_INVOKABLE void scanImageFile(const QString &path);
    Q_INVOKABLE void scanClipboard();
    // What was dropped on the page: files, image bytes (image/png, ...) or text.
    Q_INVOKABLE void scanDropped(const QList<QUrl> &urls, const QByteArray &imageData,
                                 const QString &text);
    Q_INVOKABLE void scanImage(const QImage &image, const QString &origin);
    // The same on the calling thread, for the screenshot tour and tests that need the result
    // at once.
    void scanImageNow(const QImage &image, const QString &origin);
    // Takes a screenshot to pick a region from; false when the screen cannot be captured.
    Q_INVOKABLE bool grabScreen();
    // Decodes the part of the screenshot in `area` (0–1 of its width and height).
    Q_INVOKABLE void scanScreenRegion(const QRectF &area);
    Q_INVOKABLE void cancelScreen();
    // A link or code text to show and act on, as if it had been scanned (Navigation.openUri).
    Q_INVOKABLE void showText(const QString &text);
    // Carries out what result `index` asks for (ScanActions).
    Q_INVOKABLE bool act(int index);
    // Opens a web address result in the browser: only ever on the user's request.
    Q_INVOKABLE bool openLink(int index);
    Q_INVOKABLE void copyText(int index);
    // Back to the start screen.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void stateChanged();
    void currentChanged();
    void pictureChanged();
    void screenshotChanged();
    void cameraChanged();
    void videoSinkChanged();
    void actionMessageChanged();
    // Emitted when a scan ends with codes (tests and the tour wait on it).
    void scanned(int count);

private:
    void setState(State state, const QString &message = {});
    void showCodes(const qr::ScannedCodes &codes, const QImage &picture, const QString &origin);
    void onFrame(const QVideoFrame &frame);
    void setActionMessage(const QString &message);

    std::unique_ptr<ScanResultModel> m_results;
    std::unique_ptr<FrameDecoder> m_decoder;
    std::unique_ptr<FrameSource> m_source;
    std::unique_ptr<QVideoSink> m_ownSink;
    QPointer<QVideoSink> m_sink;
    ScanActions *m_actions = nullptr;
    State m_state = State::Idle;
    QString m_message;
    QString m_origin;
    int m_currentIndex = -1;
    QImage m_picture;
    QImage m_screenshot;
    QString m_cameraError;
    QString m_actionMessage;
    quint64 m_generation = 0; // a still decode's results are dropped if another scan began
};

} // namespace teahouse::ui

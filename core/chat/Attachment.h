#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace teahouse::chat {

// A file or image carried by a message (XEP-0363 upload + XEP-0066 out-of-band URL). Files we
// hold are in the encrypted storage::MediaStore; fetch their bytes with ChatService::media().
struct Attachment
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString mimeType MEMBER mimeType)
    Q_PROPERTY(qint64 size MEMBER size)
    Q_PROPERTY(QString mediaId MEMBER mediaId)
    Q_PROPERTY(QString thumbnailId MEMBER thumbnailId)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(TransferState transferState MEMBER transferState)
    Q_PROPERTY(double progress MEMBER progress)
public:
    enum class TransferState
    {
        None,        // nothing to move: no file, or not fetched yet (download on demand)
        Uploading,   // our file going to the upload service
        Downloading, // fetching the URL into the media store
        Done,        // the bytes are in the media store (mediaId set)
        Failed,      // last upload/download failed; may be retried
        Cancelled,   // the user cancelled
    };
    Q_ENUM(TransferState)

    QString name;
    QString mimeType;
    qint64 size = 0;
    // MediaStore id of the full file; empty until we hold its bytes.
    QString mediaId;
    // MediaStore id of a small JPEG thumbnail (images only; made locally when we hold the file).
    QString thumbnailId;
    // Where the file lives on the upload service (GET URL); empty until the upload finished.
    QString url;
    // Pixel size for images (0 when unknown), so bubbles can reserve space before loading.
    int width = 0;
    int height = 0;
    TransferState transferState = TransferState::None;
    // 0..1 while Uploading/Downloading; 1 when Done.
    double progress = 0;

    [[nodiscard]] bool isImage() const { return mimeType.startsWith(u"image/"); }
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace teahouse::chat

#include "MomentsController.h"

#include "MomentsImageProvider.h"
#include "base/Logging.h"
#include "moments/MomentsService.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QMimeDatabase>
#include <QQmlEngine>
#include <utility>

namespace teahouse::ui {

namespace {

constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

} // namespace

MomentsController::MomentsController(QObject *parent)
    : QObject(parent)
    , m_feed(new FeedModel(this))
{}

MomentsController::~MomentsController() = default;

void MomentsController::setService(moments::MomentsService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    m_feed->setService(service);
    m_sendingPostId = 0;
    if (service) {
        using S = moments::MomentsService;
        connect(service, &S::unseenInteractionsChanged, this,
                &MomentsController::interactionsChanged);
        connect(service, &S::postChanged, this, [this](qint64 id) {
            if (id != m_sendingPostId || !m_service)
                return;
            const auto p = m_service->post(id);
            if (!p || p->state != moments::MomentsPost::State::Sending) {
                m_sendingPostId = 0;
                m_progress = 0;
                Q_EMIT sendingChanged();
            }
            Q_EMIT interactionsChanged();
        });
        connect(service, &S::uploadProgress, this, [this](qint64 id, qint64 done, qint64 total) {
            if (id != m_sendingPostId || total <= 0)
                return;
            m_progress = static_cast<double>(done) / static_cast<double>(total);
            Q_EMIT sendingChanged();
        });
        connect(service, &S::refreshingChanged, this, &MomentsController::refreshingChanged);
        connect(service, &S::errorOccurred, this, &MomentsController::setError);
    }
    Q_EMIT readyChanged();
    Q_EMIT interactionsChanged();
    Q_EMIT refreshingChanged();
    Q_EMIT sendingChanged();
}

void MomentsController::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    Q_EMIT tagsChanged();
}

QString MomentsController::ownerFilterName() const
{
    const QString jid = m_feed->owner();
    if (jid.isEmpty())
        return {};
    const QString name = m_nameLookup ? m_nameLookup(jid) : QString();
    return name.isEmpty() ? jid.section(u'@', 0, 0) : name;
}

int MomentsController::unseenInteractions() const
{
    return m_service ? m_service->unseenInteractions() : 0;
}

QVariantList MomentsController::interactions() const
{
    QVariantList out;
    if (!m_service)
        return out;
    for (const moments::MomentsComment &c : m_service->interactions(50)) {
        QVariantMap m;
        m.insert(QStringLiteral("id"), c.id);
        m.insert(QStringLiteral("authorName"), c.authorName);
        m.insert(QStringLiteral("text"), c.text);
        m.insert(QStringLiteral("like"), c.like);
        m.insert(QStringLiteral("timeText"), m_feed->relativeTime(c.published));
        const auto post = m_service->postByItem(c.owner, c.postItem);
        m.insert(QStringLiteral("postText"), post ? post->text.left(80) : QString());
        m.insert(QStringLiteral("postId"), post ? post->id : 0);
        out.append(m);
    }
    return out;
}

bool MomentsController::refreshing() const
{
    return m_service && m_service->isRefreshing();
}

QVariantList MomentsController::draftImages() const
{
    QVariantList out;
    for (int i = 0; i < m_draft.size(); ++i)
        out.append(QStringLiteral("image://moments/draft-%1").arg(m_draft[i].serial));
    return out;
}

int MomentsController::maxImages() const
{
    return moments::MomentsService::kMaxImages;
}

void MomentsController::refresh()
{
    if (m_service)
        m_service->refresh();
}

void MomentsController::showOwner(const QString &jid)
{
    m_feed->setOwner(jid);
    Q_EMIT ownerFilterChanged();
    if (m_service && !jid.isEmpty())
        m_service->refreshContact(jid);
}

bool MomentsController::addDraft(QByteArray data, const QString &name, const QString &mimeType)
{
    if (m_draft.size() >= maxImages()) {
        setError(tr("A post holds at most %1 photos.").arg(maxImages()));
        return false;
    }
    m_draft.append({std::move(data), name, mimeType, m_nextSerial++});
    Q_EMIT draftChanged();
    return true;
}

int MomentsController::addImageFiles(const QList<QUrl> &urls)
{
    int taken = 0;
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        QFile file(path);
        if (file.size() > kMaxImageBytes) {
            setError(tr("%1 is larger than 20 MB.").arg(QFileInfo(path).fileName()));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("Can't open %1.").arg(QFileInfo(path).fileName()));
            continue;
        }
        QByteArray data = file.readAll();
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
        if (!mime.startsWith(u"image/") || QImage::fromData(data).isNull()) {
            setError(tr("%1 is not a picture.").arg(QFileInfo(path).fileName()));
            continue;
        }
        if (!addDraft(std::move(data), QFileInfo(path).fileName(), mime))
            break;
        ++taken;
    }
    return taken;
}

bool MomentsController::clipboardHasImage() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasImage();
}

bool MomentsController::pasteImage()
{
    if (!clipboardHasImage())
        return false;
    const QImage image =
        qvariant_cast<QImage>(QGuiApplication::clipboard()->mimeData()->imageData());
    if (image.isNull())
        return false;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return addDraft(png, QStringLiteral("pasted-%1.png").arg(m_nextSerial),
                    QStringLiteral("image/png"));
}

void MomentsController::removeDraftImage(int index)
{
    if (index < 0 || index >= m_draft.size())
        return;
    m_draft.removeAt(index);
    Q_EMIT draftChanged();
}

void MomentsController::clearDraft()
{
    m_draft.clear();
    Q_EMIT draftChanged();
}

bool MomentsController::publish(const QString &text, int audience, const QStringList &tags)
{
    if (!m_service)
        return false;
    QList<moments::MomentsService::NewImage> images;
    for (const Draft &d : std::as_const(m_draft))
        images.append({d.data, d.name, d.mimeType});
    auto id = m_service->publishPost(text, images, static_cast<moments::Audience>(audience), tags);
    if (!id) {
        setError(id.error().message);
        return false;
    }
    clearError();
    if (const auto p = m_service->post(id.value());
        p && p->state == moments::MomentsPost::State::Sending) {
        m_sendingPostId = id.value();
        m_progress = 0;
        Q_EMIT sendingChanged();
    }
    clearDraft();
    return true;
}

void MomentsController::retry(qint64 postId)
{
    if (!m_service)
        return;
    m_sendingPostId = postId;
    m_progress = 0;
    Q_EMIT sendingChanged();
    m_service->retryPost(postId);
}

void MomentsController::deletePost(qint64 postId)
{
    if (!m_service)
        return;
    if (Status st = m_service->deletePost(postId); !st)
        setError(st.error().message);
}

void MomentsController::setLiked(qint64 postId, bool liked)
{
    if (m_service)
        m_service->setLiked(postId, liked);
}

bool MomentsController::comment(qint64 postId, const QString &text, qint64 replyToCommentId)
{
    if (!m_service)
        return false;
    if (Status st = m_service->addComment(postId, text, replyToCommentId); !st) {
        setError(st.error().message);
        return false;
    }
    return true;
}

void MomentsController::deleteComment(qint64 commentId)
{
    if (!m_service)
        return;
    if (Status st = m_service->deleteComment(commentId); !st)
        setError(st.error().message);
}

void MomentsController::markInteractionsSeen()
{
    if (m_service)
        m_service->markInteractionsSeen();
    Q_EMIT interactionsChanged();
}

void MomentsController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void MomentsController::clearError()
{
    setError({});
}

void MomentsController::composeWithLink(const QString &text, const QUrl &url)
{
    const QString link = url.toString(QUrl::FullyEncoded);
    m_composeText = text.trimmed();
    if (!link.isEmpty())
        m_composeText += (m_composeText.isEmpty() ? QString() : QStringLiteral("\n")) + link;
    Q_EMIT composeRequested();
}

QString MomentsController::takeComposeText()
{
    return std::exchange(m_composeText, QString());
}

void MomentsController::installImageProvider(QObject *qmlObject)
{
    QQmlEngine *engine = qmlEngine(qmlObject);
    if (!engine) {
        qCWarning(lcUi) << "moments: no QML engine to install the image provider in";
        return;
    }
    const QString id = QString::fromLatin1(MomentsImageProvider::providerId);
    if (!engine->imageProvider(id))
        engine->addImageProvider(id, new MomentsImageProvider(this));
}

QByteArray MomentsController::media(const QString &id) const
{
    if (id.startsWith(u"draft-")) {
        const int serial = id.mid(6).toInt();
        for (const Draft &d : m_draft)
            if (d.serial == serial)
                return d.data;
        return {};
    }
    if (!m_service)
        return {};
    auto bytes = m_service->media(id);
    return bytes ? std::move(bytes).value() : QByteArray();
}

} // namespace teahouse::ui

#pragma once

#include "FeedModel.h"
#include "moments/MomentsService.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// What the Moments screens see as features.moments: the feed (everyone's or one friend's),
// the new-interactions badge and list, and the compose state (up to 9 pictures from files,
// drops or the clipboard, the audience, upload progress). The MomentsFeature hands it the
// account's MomentsService; without one it shows the empty state.
class MomentsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MomentsController is created by the Moments feature (features.moments)")

    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(teahouse::ui::FeedModel *feed READ feed CONSTANT)
    Q_PROPERTY(QString ownerFilter READ ownerFilter NOTIFY ownerFilterChanged)
    Q_PROPERTY(QString ownerFilterName READ ownerFilterName NOTIFY ownerFilterChanged)
    Q_PROPERTY(int unseenInteractions READ unseenInteractions NOTIFY interactionsChanged)
    Q_PROPERTY(QVariantList interactions READ interactions NOTIFY interactionsChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY refreshingChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(QVariantList draftImages READ draftImages NOTIFY draftChanged)
    Q_PROPERTY(int maxImages READ maxImages CONSTANT)
    Q_PROPERTY(qint64 sendingPostId READ sendingPostId NOTIFY sendingChanged)
    Q_PROPERTY(double uploadProgress READ uploadProgress NOTIFY sendingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit MomentsController(QObject *parent = nullptr);
    ~MomentsController() override;

    void setService(moments::MomentsService *service);
    [[nodiscard]] moments::MomentsService *service() const { return m_service; }
    void setTags(const QStringList &tags);
    // Display names of contacts (for "Moments of <name>").
    void setNameLookup(std::function<QString(const QString &)> lookup)
    {
        m_nameLookup = std::move(lookup);
    }

    [[nodiscard]] bool ready() const { return m_service != nullptr; }
    [[nodiscard]] FeedModel *feed() const { return m_feed; }
    [[nodiscard]] QString ownerFilter() const { return m_feed->owner(); }
    [[nodiscard]] QString ownerFilterName() const;
    [[nodiscard]] int unseenInteractions() const;
    [[nodiscard]] QVariantList interactions() const;
    [[nodiscard]] bool refreshing() const;
    [[nodiscard]] QStringList tags() const { return m_tags; }
    [[nodiscard]] QVariantList draftImages() const;
    [[nodiscard]] int maxImages() const;
    [[nodiscard]] qint64 sendingPostId() const { return m_sendingPostId; }
    [[nodiscard]] double uploadProgress() const { return m_progress; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    // One friend's Moments (empty: everyone's).
    Q_INVOKABLE void showOwner(const QString &jid);
    // Adds pictures from files (file dialog, drop); returns how many were taken.
    Q_INVOKABLE int addImageFiles(const QList<QUrl> &urls);
    Q_INVOKABLE bool clipboardHasImage() const;
    Q_INVOKABLE bool pasteImage();
    Q_INVOKABLE void removeDraftImage(int index);
    Q_INVOKABLE void clearDraft();
    // audience: 0 all friends, 1 only these tags, 2 all except these tags.
    Q_INVOKABLE bool publish(const QString &text, int audience, const QStringList &tags);
    Q_INVOKABLE void retry(qint64 postId);
    Q_INVOKABLE void deletePost(qint64 postId);
    Q_INVOKABLE void setLiked(qint64 postId, bool liked);
    Q_INVOKABLE bool comment(qint64 postId, const QString &text, qint64 replyToCommentId);
    Q_INVOKABLE void deleteComment(qint64 commentId);
    Q_INVOKABLE void markInteractionsSeen();
    Q_INVOKABLE void clearError();
    // Opens the composer with this text and address in it (an article shared from the reader).
    // The page takes it with takeComposeText() when it shows, or at once if it is showing.
    Q_INVOKABLE void composeWithLink(const QString &text, const QUrl &url);
    [[nodiscard]] Q_INVOKABLE QString takeComposeText();
    // Makes image://moments/<id> (decrypted media store files) available to this QML engine.
    Q_INVOKABLE void installImageProvider(QObject *qmlObject);

    // Decrypted media store bytes, or a draft picture ("draft-<n>"); empty if none.
    [[nodiscard]] QByteArray media(const QString &id) const;

Q_SIGNALS:
    void readyChanged();
    void ownerFilterChanged();
    void interactionsChanged();
    void refreshingChanged();
    void tagsChanged();
    void draftChanged();
    void sendingChanged();
    void errorTextChanged();
    void composeRequested();

private:
    struct Draft
    {
        QByteArray data;
        QString name;
        QString mimeType;
        int serial = 0;
    };
    bool addDraft(QByteArray data, const QString &name, const QString &mimeType);
    void setError(const QString &text);

    QPointer<moments::MomentsService> m_service;
    FeedModel *m_feed;
    QStringList m_tags;
    QList<Draft> m_draft;
    int m_nextSerial = 1;
    qint64 m_sendingPostId = 0;
    double m_progress = 0;
    QString m_errorText;
    QString m_composeText;
    std::function<QString(const QString &)> m_nameLookup;
};

} // namespace teahouse::ui

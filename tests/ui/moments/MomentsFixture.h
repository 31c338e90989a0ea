#pragma once

#include "moments/MomentsStore.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

// Friends' posts written straight into an account's Moments cache (as if fetched): for the
// Moments page test and the feed benchmark, which need no server.
namespace teahouse::test {

// A small "photo": sky, hill and sun in colours picked by seed, as JPEG.
inline QByteArray momentsPhoto(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 90, 235));
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromHsv((seed * 47 + 120) % 360, 160, 150));
    p.drawEllipse(QPoint(width / 3, height + height / 4), width, height / 2);
    p.setBrush(QColor(255, 214, 90));
    p.drawEllipse(QPoint(width * 3 / 4, height / 4), height / 8, height / 8);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

struct MomentsFixturePost
{
    QString owner;
    QString name;
    QString text;
    QDateTime published;
    QList<QByteArray> originals; // stored with a thumbnail each
    QStringList likedBy;         // jids
    QList<std::pair<QString, QString>> comments; // jid, text
};

inline qint64 addFixturePost(moments::MomentsStore &store, storage::MediaStore &media,
                             const MomentsFixturePost &f, const QList<QByteArray> &thumbnails,
                             int serial)
{
    moments::MomentsPost p;
    p.owner = f.owner;
    p.node = QStringLiteral("urn:xmpp:microblog:0");
    p.itemId = QStringLiteral("fixture-%1").arg(serial);
    p.authorName = f.name;
    p.text = f.text;
    p.published = f.published;
    p.commentsNode = QStringLiteral("urn:xmpp:microblog:0:comments/") + p.itemId;
    auto row = store.upsertPost(p);
    if (!row.ok())
        return 0;
    QList<moments::MomentsImage> images;
    for (int i = 0; i < f.originals.size(); ++i) {
        moments::MomentsImage im;
        im.url = QStringLiteral("https://upload.example.org/%1/%2.jpg").arg(serial).arg(i);
        im.mimeType = QStringLiteral("image/jpeg");
        im.mediaId = media.put(f.originals[i], {}, im.mimeType).valueOr(QString());
        im.thumbId =
            media.put(thumbnails.value(i % std::max<qsizetype>(1, thumbnails.size())), {},
                      im.mimeType)
                .valueOr(QString());
        im.size = f.originals[i].size();
        im.state = moments::MomentsImage::State::Done;
        images.append(im);
    }
    (void)store.setImages(row->first, images);
    int n = 0;
    auto comment = [&](const QString &jid, const QString &text, bool like) {
        moments::MomentsComment c;
        c.owner = p.owner;
        c.postItem = p.itemId;
        c.itemId = QStringLiteral("c-%1-%2").arg(serial).arg(n++);
        c.author = jid;
        c.authorName = jid.section(u'@', 0, 0);
        c.text = text;
        c.like = like;
        c.published = f.published.addSecs(60 * n);
        c.atomId = QStringLiteral("tag:example.org,2024:comments-") + c.itemId;
        (void)store.upsertComment(c);
    };
    for (const QString &jid : f.likedBy)
        comment(jid, {}, true);
    for (const auto &[jid, text] : f.comments)
        comment(jid, text, false);
    return row->first;
}

} // namespace teahouse::test

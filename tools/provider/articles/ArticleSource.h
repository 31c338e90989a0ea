#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::provider {

// The demo content of one official account, read from a folder: account.json (title,
// description, site, icon) and one Markdown (.md) or HTML (.html) file per article, each with a
// small front-matter block (title, date, author, cover). Files under later/ are the ones the
// module publishes on its schedule, one at a time.
struct ArticleSource
{
    struct Post
    {
        QString id; // the file's base name: the pubsub item id
        QString title;
        QString author;
        QDateTime date;
        QString cover; // file name next to the post
        QString html;  // body (Markdown already rendered)
        QString summary;
        QStringList images; // local files the body refers to
        QString directory;
    };
    QString node;
    QString title;
    QString description;
    QString site;
    QString icon; // file path
    QList<Post> posts;
    QList<Post> later;

    [[nodiscard]] static Result<ArticleSource> load(const QString &directory);
    [[nodiscard]] static Result<Post> loadPost(const QString &file);
};

} // namespace teahouse::provider

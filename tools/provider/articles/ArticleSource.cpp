#include "ArticleSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace teahouse::provider {

namespace {

QString markdownToHtml(const QByteArray &markdown)
{
    // GitHub's table extension: bus timetables and clinic hours are tables.
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_feed(parser, markdown.constData(), static_cast<size_t>(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html =
        cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const QString out = QString::fromUtf8(html);
    free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return out;
}

// src="name" of images that are files next to the post (what we wrote, not arbitrary HTML).
QStringList localImages(const QString &html, const QString &directory)
{
    QStringList files;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = html.indexOf(QStringLiteral("src=\""), from);
        if (at < 0)
            break;
        const qsizetype end = html.indexOf(u'"', at + 5);
        if (end < 0)
            break;
        const QString src = html.mid(at + 5, end - at - 5);
        if (!src.contains(u':') && QFileInfo::exists(QDir(directory).filePath(src)) &&
            !files.contains(src))
            files.append(src);
        from = end;
    }
    return files;
}

} // namespace

Result<ArticleSource::Post> ArticleSource::loadPost(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, QStringLiteral("cannot read ") + file);
    const QString text = QString::fromUtf8(f.readAll());
    Post post;
    const QFileInfo info(file);
    post.id = info.completeBaseName();
    post.directory = info.absolutePath();
    QString body = text;
    if (text.startsWith(QStringLiteral("---\n"))) {
        const qsizetype end = text.indexOf(QStringLiteral("\n---\n"), 4);
        if (end > 0) {
            for (const QString &line : text.mid(4, end - 4).split(u'\n')) {
                const qsizetype colon = line.indexOf(u':');
                if (colon < 0)
                    continue;
                const QString key = line.left(colon).trimmed();
                const QString value = line.mid(colon + 1).trimmed();
                if (key == u"title")
                    post.title = value;
                else if (key == u"author")
                    post.author = value;
                else if (key == u"date")
                    post.date = QDateTime::fromString(value, Qt::ISODate);
                else if (key == u"cover")
                    post.cover = value;
                else if (key == u"summary")
                    post.summary = value;
            }
            body = text.mid(end + 5);
        }
    }
    post.html = info.suffix() == u"md" ? markdownToHtml(body.toUtf8()) : body;
    post.images = localImages(post.html, post.directory);
    if (post.title.isEmpty())
        post.title = post.id;
    return post;
}

Result<ArticleSource> ArticleSource::load(const QString &directory)
{
    const QDir dir(directory);
    QFile meta(dir.filePath(QStringLiteral("account.json")));
    if (!meta.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, QStringLiteral("no account.json in ") + directory);
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    ArticleSource source;
    source.node = o.value(u"node").toString(dir.dirName());
    source.title = o.value(u"title").toString();
    source.description = o.value(u"description").toString();
    source.site = o.value(u"site").toString();
    const QString icon = o.value(u"icon").toString();
    if (!icon.isEmpty())
        source.icon = dir.filePath(icon);
    const QStringList filters{QStringLiteral("*.md"), QStringLiteral("*.html")};
    for (const QString &name : dir.entryList(filters, QDir::Files, QDir::Name)) {
        auto post = loadPost(dir.filePath(name));
        if (!post.ok())
            return post.error();
        source.posts.append(post.value());
    }
    const QDir later(dir.filePath(QStringLiteral("later")));
    for (const QString &name : later.entryList(filters, QDir::Files, QDir::Name)) {
        auto post = loadPost(later.filePath(name));
        if (!post.ok())
            return post.error();
        source.later.append(post.value());
    }
    return source;
}

} // namespace teahouse::provider

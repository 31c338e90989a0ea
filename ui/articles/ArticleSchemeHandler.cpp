#include "ArticleSchemeHandler.h"

#include "ArticleRequestInterceptor.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace teahouse::ui {

ArticleSchemeHandler::ArticleSchemeHandler(Resolver resolver, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_resolver(std::move(resolver))
{}

void ArticleSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(ArticleRequestInterceptor::kScheme.toLatin1());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (so https images are not mixed content), not local: it gets no file access.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const Reply reply = m_resolver(job->requestUrl());
    if (reply.mimeType.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(reply.data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply.mimeType, buffer);
}

} // namespace teahouse::ui

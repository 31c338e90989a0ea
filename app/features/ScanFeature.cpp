#include "features/ScanFeature.h"

#include "features/FeatureHost.h"
#include "qr/QrImageWriter.h"
#include "qr/QrPayload.h"
#include "scan/CameraFrameSource.h"
#include "scan/ImageFileFrameSource.h"
#include "scan/ScanController.h"
#include "shell/Navigation.h"

#include <QDir>
#include <QPainter>

namespace teahouse::app {

namespace {

// A sheet with two codes side by side, for the tour's picker: a friend's code and a café's
// payment code (the EMVCo specification's sample).
QImage tourSheet()
{
    const auto friendCode = qr::QrImageWriter::render(
        QStringLiteral("xmpp:zhangwei@localhost?roster;name=Zhang%20Wei"), 300);
    const auto payCode = qr::QrImageWriter::render(
        QString::fromUtf8("00020101021229300012D156000000000510A93FO3230Q31280012D156000000010308"
                          "12345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳"
                          "运输0202北京540523.72530315655020162330304123406"
                          "03***0708A60086670902ME91320016A0112233449988770708123456786304A13A"),
        300);
    if (!friendCode.ok() || !payCode.ok())
        return {};
    QImage sheet(760, 420, QImage::Format_RGB32);
    sheet.fill(QColor(0xF2, 0xEF, 0xE8));
    QPainter p(&sheet);
    p.drawImage(40, 60, friendCode.value().scaled(300, 300));
    p.drawImage(420, 60, payCode.value().scaled(300, 300));
    return sheet;
}

} // namespace

ScanFeature::ScanFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_router(env.host, env.navigation)
    , m_controller(std::make_unique<ui::ScanController>())
{
    m_controller->setActions(&m_router);
    const QString frames = qEnvironmentVariable("TEAHOUSE_SCAN_FRAMES");
    if (!frames.isEmpty())
        m_controller->setFrameSource(std::make_unique<ui::ImageFileFrameSource>(
            frames.split(QDir::listSeparator(), Qt::SkipEmptyParts)));
    else
        m_controller->setFrameSource(std::make_unique<ui::CameraFrameSource>());
    connect(&m_env.navigation, &ui::Navigation::uriRequested, this, &ScanFeature::onUriRequested);
}

ScanFeature::~ScanFeature() = default;

QObject *ScanFeature::controller()
{
    return m_controller.get();
}

void ScanFeature::attach(account::AccountSession &)
{
    m_controller->stopCamera();
}

void ScanFeature::detach()
{
    m_controller->stopCamera();
}

void ScanFeature::onUriRequested(const QString &uri)
{
    const qr::QrPayload payload = qr::QrPayload::classify(uri);
    // The contacts feature answers friend links on Navigation itself.
    if (const auto *x = payload.xmpp(); x && x->kind == qr::XmppUri::Kind::AddFriend &&
                                        m_env.host.controller(QStringLiteral("contacts")))
        return;
    if (m_router.route(uri))
        return;
    // Anything that needs reading first (or could not be carried out) is shown on the scan
    // page with its explanation.
    m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::Scan);
    m_controller->showText(uri);
}

QList<TourStop> ScanFeature::tourStops()
{
    using Page = ui::Navigation::DiscoverPage;
    return {
        {QStringLiteral("scan"),
         [this] {
             m_controller->reset();
             m_env.navigation.openDiscoverPage(Page::Scan);
         }},
        {QStringLiteral("scan-picker"),
         [this] {
             m_env.navigation.openDiscoverPage(Page::Scan);
             m_controller->scanImageNow(tourSheet(), QStringLiteral("file"));
         }},
        {QStringLiteral("scan-payment"),
         [this] {
             m_env.navigation.openDiscoverPage(Page::Scan);
             if (m_controller->results()->count() > 1)
                 m_controller->setCurrentIndex(1);
         }},
        {QStringLiteral("scan-link"),
         [this] {
             m_env.navigation.openDiscoverPage(Page::Scan);
             m_controller->showText(
                 QStringLiteral("https://teahouse.example/articles/2026/tea-culture?ref=qr"));
         }},
    };
}

} // namespace teahouse::app

#include "ScreenshotTour.h"

#include "AppContext.h"
#include "base/Logging.h"
#include "features/FeatureHost.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <functional>

namespace teahouse::app {

namespace {

using Nav = ui::Navigation;

struct Screen
{
    const char *name;
    std::function<void(Nav &)> show;
};

const QList<Screen> &screens()
{
    static const QList<Screen> list = {
        {"signin",
         [](Nav &n) {
             n.setStage(Nav::Stage::SignIn);
         }},
        {"unlock",
         [](Nav &n) {
             n.setStage(Nav::Stage::Unlock);
         }},
        {"chats",
         [](Nav &n) {
             n.setStage(Nav::Stage::Main);
             n.setSection(Nav::Section::Chats);
         }},
        {"contacts",
         [](Nav &n) {
             n.setSection(Nav::Section::Contacts);
         }},
        {"discover",
         [](Nav &n) {
             n.setSection(Nav::Section::Discover);
             n.setDiscoverPage(Nav::DiscoverPage::Overview);
         }},
        {"moments",
         [](Nav &n) {
             n.openDiscoverPage(Nav::DiscoverPage::Moments);
         }},
        {"official-accounts",
         [](Nav &n) {
             n.openDiscoverPage(Nav::DiscoverPage::OfficialAccounts);
         }},
        {"scan",
         [](Nav &n) {
             n.openDiscoverPage(Nav::DiscoverPage::Scan);
         }},
        {"city-services",
         [](Nav &n) {
             n.openDiscoverPage(Nav::DiscoverPage::CityServices);
         }},
        {"wallet",
         [](Nav &n) {
             n.setSection(Nav::Section::Wallet);
         }},
        {"settings",
         [](Nav &n) {
             n.setSection(Nav::Section::Settings);
         }},
    };
    return list;
}

struct Variant
{
    QString language;
    QString languageTag;
    bool care;
    int scalePercent;
};

constexpr QSize tourWindowSize(1280, 800);
constexpr int frameTimeoutMs = 3000;
constexpr int maxSettleFrames = 8;

} // namespace

ScreenshotTour::ScreenshotTour(AppContext &context, QString directory)
    : m_context(context)
    , m_directory(std::move(directory))
{}

Result<QStringList> ScreenshotTour::run()
{
    QQuickWindow *window = m_context.window();
    if (!window)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The window is not open; start the app first."));
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error::make(Error::Code::Io,
                           QStringLiteral("Can't create the directory %1.").arg(m_directory));

    QElapsedTimer timer;
    timer.start();
    window->resize(tourWindowSize);

    const QList<Variant> variants = {
        {QStringLiteral("en"), QStringLiteral("en"), false, 100},
        {QStringLiteral("zh_CN"), QStringLiteral("zh_CN"), false, 100},
        {QStringLiteral("en"), QStringLiteral("en"), true, 200},
        {QStringLiteral("zh_CN"), QStringLiteral("zh_CN"), true, 200},
    };

    ui::Preferences &preferences = m_context.preferences();
    ui::Navigation &navigation = m_context.navigation();
    const Nav::Stage stageBefore = navigation.stage();
    const QString languageBefore = preferences.language();
    const bool careBefore = preferences.careMode();
    const int scaleBefore = preferences.scalePercent();
    const QList<TourStop> stops = this->stops();

    QStringList saved;
    int number = 0;
    for (const Variant &variant : variants) {
        // Overrides, not settings: a tour must not change what the user saved.
        preferences.overrideLanguage(variant.language);
        preferences.overrideCareMode(variant.care);
        preferences.overrideScalePercent(variant.scalePercent);
        for (const TourStop &stop : std::as_const(stops)) {
            stop.show();
            const QImage image = settledImage();
            const QString path = dir.filePath(
                QStringLiteral("%1-%2-%3-%4.png")
                    .arg(++number, 3, 10, QLatin1Char('0'))
                    .arg(stop.name, variant.languageTag,
                         variant.care ? QStringLiteral("care") : QStringLiteral("normal")));
            if (image.isNull() || !image.save(path))
                return Error::make(Error::Code::Io,
                                   QStringLiteral("Can't save the screenshot %1.").arg(path));
            saved.append(path);
        }
    }
    preferences.overrideLanguage(languageBefore);
    preferences.overrideCareMode(careBefore);
    preferences.overrideScalePercent(scaleBefore);
    navigation.setStage(stageBefore);
    qCInfo(lcUi) << "screenshot tour:" << saved.size() << "screens in" << timer.elapsed() << "ms";
    return saved;
}

QList<TourStop> ScreenshotTour::stops() const
{
    ui::Navigation &navigation = m_context.navigation();
    // The built-in screens, with the features' own screens before Settings (the last one).
    QList<TourStop> stops;
    for (const Screen &screen : screens()) {
        stops.append({QLatin1String(screen.name), [&navigation, show = screen.show] {
                          show(navigation);
                      }});
    }
    const TourStop settings = stops.takeLast();
    stops += m_context.features().tourStops();
    stops.append(settings);
    return stops;
}

QImage ScreenshotTour::settledImage()
{
    // Wrapped text can need a second layout pass once widths are known; grab until two frames
    // in a row look the same.
    QImage previous;
    for (int attempt = 0; attempt < maxSettleFrames; ++attempt) {
        waitForFrame();
        QImage image = m_context.window()->grabWindow();
        if (!previous.isNull() && image == previous)
            return image;
        previous = std::move(image);
    }
    qCWarning(lcUi) << "the window was still changing after" << maxSettleFrames << "frames";
    return previous;
}

void ScreenshotTour::waitForFrame()
{
    QQuickWindow *window = m_context.window();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    // Deliver the queued binding, layout and polish work first, then ask for a frame.
    QCoreApplication::processEvents();
    window->update();
    timeout.start(frameTimeoutMs);
    loop.exec();
    if (!timeout.isActive())
        qCWarning(lcUi) << "no frame within" << frameTimeoutMs << "ms; grabbing anyway";
}

} // namespace teahouse::app

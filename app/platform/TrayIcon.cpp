#include "platform/TrayIcon.h"

#include <QAction>
#include <QFont>
#include <QImageReader>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace teahouse::app {

namespace {
constexpr int trayIconSize = 64;
const QString appIconResource = QStringLiteral(":/teahouse/app/chat.teahouse.Teahouse.svg");
} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
{
    QAction *show = m_menu->addAction(tr("Show Teahouse"));
    connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this,
            [this] { Q_EMIT messageClicked(m_lastKey); });
    setUnreadCount(0);
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_unread > 0 ? tr("Teahouse: %n unread message(s)", nullptr, m_unread) : tr("Teahouse");
}

void TrayIcon::setUnreadCount(int count)
{
    m_unread = qMax(count, 0);
    m_tray->setIcon(QIcon(QPixmap::fromImage(badged(appIcon(trayIconSize), m_unread))));
    m_tray->setToolTip(toolTip());
}

void TrayIcon::showMessage(const QString &title, const QString &body, const QString &key)
{
    m_lastKey = key;
    m_tray->showMessage(title, body, m_tray->icon());
}

QImage TrayIcon::appIcon(int size)
{
    QImageReader reader(appIconResource);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull()) {
        // No SVG image plugin: a plain accent square still marks the app.
        image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(QColor::fromRgb(0x07C160));
    }
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QImage TrayIcon::badged(const QImage &icon, int count)
{
    QImage image = icon.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (count <= 0)
        return image;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    const int side = qMin(image.width(), image.height());
    const qreal height = side * 0.5;
    const qreal width = text.size() <= 1 ? height : height * (0.35 + 0.3 * text.size());
    const QRectF badge(image.width() - width, 0, width, height);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(0xE53935));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(1, int(height * (text.size() > 2 ? 0.5 : 0.68))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return image;
}

} // namespace teahouse::app

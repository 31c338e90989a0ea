#include "UiTestUtils.h"

#include <QDir>
#include <QImage>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

namespace teahouse::test {

UiTestUtils::UiTestUtils(std::function<QQuickWindow *()> window)
    : m_window(std::move(window))
{}

QQuickWindow *UiTestUtils::window() const
{
    return m_window ? m_window() : nullptr;
}

QQuickItem *UiTestUtils::findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *UiTestUtils::item(const QString &name) const
{
    QQuickWindow *w = window();
    if (!w)
        return nullptr;
    if (QQuickItem *found = findItem(w->contentItem(), name))
        return found;
    // Popups (Popup, Dialog, Menu) are not items: what is on screen is their popup item, the
    // parent of their content item.
    QList<QObject *> objects = w->contentItem()->findChildren<QObject *>(name);
    objects += w->findChildren<QObject *>(name);
    for (QObject *object : std::as_const(objects)) {
        if (!object->inherits("QQuickPopup"))
            continue;
        auto *content = object->property("contentItem").value<QQuickItem *>();
        if (content && content->parentItem())
            return content->parentItem();
    }
    return nullptr;
}

bool UiTestUtils::isShown(const QQuickItem *item)
{
    if (!item || !item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->isVisible())
            return false;
    }
    return true;
}

bool UiTestUtils::shown(const QString &name) const
{
    return isShown(item(name));
}

bool UiTestUtils::showsText(QQuickItem *root, const QString &needle)
{
    if (!root || !root->isVisible())
        return false;
    if ((root->inherits("QQuickText") || root->inherits("QQuickTextEdit") ||
         root->inherits("QQuickTextInput")) &&
        root->property("text").toString().contains(needle))
        return true;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (showsText(child, needle))
            return true;
    }
    return false;
}

bool UiTestUtils::showsText(const QString &needle) const
{
    QQuickWindow *w = window();
    return w && showsText(w->contentItem(), needle);
}

QString UiTestUtils::text(const QString &name) const
{
    QQuickItem *found = item(name);
    return found ? found->property("text").toString() : QStringLiteral("<no %1>").arg(name);
}

void UiTestUtils::settle(int frames) const
{
    QQuickWindow *w = window();
    if (!w)
        return;
    for (int i = 0; i < frames; ++i) {
        QSignalSpy frame(w, &QQuickWindow::frameSwapped);
        w->update();
        frame.wait(2000);
    }
}

void UiTestUtils::scrollIntoView(QQuickItem *target)
{
    for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = target->mapRectToItem(content, target->boundingRect());
        const qreal contentY = p->property("contentY").toReal();
        if (r.top() < contentY)
            p->setProperty("contentY", r.top());
        else if (r.bottom() > contentY + p->height())
            p->setProperty("contentY", std::min(r.top(), r.bottom() - p->height()));
    }
}

bool UiTestUtils::click(const QString &name, Qt::MouseButton button)
{
    QQuickItem *target = item(name);
    if (!target)
        return fail(QStringLiteral("no item named %1").arg(name));
    return clickItem(target, button);
}

bool UiTestUtils::clickItem(QQuickItem *target, Qt::MouseButton button, QPointF pos)
{
    QQuickWindow *w = window();
    if (!w || !target)
        return fail(QStringLiteral("no window or no item"));
    const QString name = target->objectName();
    if (!isShown(target))
        return fail(QStringLiteral("%1 is not shown").arg(name));
    if (!target->isEnabled())
        return fail(QStringLiteral("%1 is disabled").arg(name));
    settle();
    scrollIntoView(target);
    settle();
    if (pos.x() < 0)
        pos = QPointF(target->width() / 2, target->height() / 2);
    const QPoint at = target->mapToScene(pos).toPoint();
    if (!w->contentItem()->contains(at))
        return fail(QStringLiteral("%1 is off screen at %2,%3").arg(name).arg(at.x()).arg(at.y()));
    QTest::mouseClick(w, button, {}, at);
    settle();
    return true;
}

void UiTestUtils::type(const QString &text) const
{
    QQuickWindow *w = window();
    if (!w)
        return;
    // Character by character, as a keyboard would (QTest::keyClicks takes only widgets).
    for (const QChar c : text) {
        const QString one(c);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, one);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, one);
        QCoreApplication::sendEvent(w, &press);
        QCoreApplication::sendEvent(w, &release);
    }
}

void UiTestUtils::key(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    if (QQuickWindow *w = window())
        QTest::keyClick(w, key, modifiers);
}

bool UiTestUtils::screenshot(const QString &dir, const QString &name)
{
    QQuickWindow *w = window();
    if (!w)
        return fail(QStringLiteral("no window"));
    settle();
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    if (!w->grabWindow().save(path))
        return fail(QStringLiteral("could not save %1").arg(path));
    return true;
}

bool UiTestUtils::fail(const QString &reason)
{
    m_why = reason.toUtf8();
    return false;
}

} // namespace teahouse::test

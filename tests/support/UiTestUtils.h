#pragma once

#include <QPoint>
#include <QString>
#include <functional>

class QQuickItem;
class QQuickWindow;

namespace teahouse::test {

// Drives a Qt Quick window the way a person does, for UI tests: finds items by objectName
// (popups included: they live in the window's overlay), tells whether one is really on
// screen, scrolls it into view and clicks it with the mouse, waits for frames, saves
// screenshots. Calls that can fail return false and leave the reason in why(), so a test
// writes QVERIFY2(ui.click("chat.send"), ui.why()).
class UiTestUtils
{
public:
    // window is asked each time (an app may rebuild its window).
    explicit UiTestUtils(std::function<QQuickWindow *()> window);

    [[nodiscard]] QQuickWindow *window() const;
    // The first item under root (depth first) with this objectName, or null.
    [[nodiscard]] static QQuickItem *findItem(QQuickItem *root, const QString &name);
    // The same from the window's content item; for a popup (Popup, Dialog, Menu) named so,
    // the item that shows it.
    [[nodiscard]] QQuickItem *item(const QString &name) const;
    // The item exists, it and all its parents are visible and it has a size.
    [[nodiscard]] bool shown(const QString &name) const;
    [[nodiscard]] static bool isShown(const QQuickItem *item);
    // Some visible text item under root (or the whole window) whose text contains needle.
    [[nodiscard]] static bool showsText(QQuickItem *root, const QString &needle);
    [[nodiscard]] bool showsText(const QString &needle) const;
    // The "text" property of a named item ("<no NAME>" when there is none).
    [[nodiscard]] QString text(const QString &name) const;

    // Lets the scene render a few frames (bindings, layouts, images settle).
    void settle(int frames = 3) const;
    // Moves every Flickable above target so that target is inside it.
    static void scrollIntoView(QQuickItem *target);
    // Scrolls the named item into view and clicks its centre (or pos, in its coordinates).
    [[nodiscard]] bool click(const QString &name, Qt::MouseButton button = Qt::LeftButton);
    [[nodiscard]] bool clickItem(QQuickItem *target, Qt::MouseButton button = Qt::LeftButton,
                                 QPointF pos = QPointF(-1, -1));
    // Keys typed into whatever has the focus.
    void type(const QString &text) const;
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    // Saves the window (after settling) as dir/name.png.
    [[nodiscard]] bool screenshot(const QString &dir, const QString &name);

    // Why the last call that returned false failed (a C string for QVERIFY2).
    [[nodiscard]] const char *why() const { return m_why.constData(); }

private:
    bool fail(const QString &reason);

    std::function<QQuickWindow *()> m_window;
    QByteArray m_why;
};

} // namespace teahouse::test

#pragma once

#include "base/Result.h"

#include <QEvent>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace teahouse::app::automation {

// Synthesises user input on a window the way the platform delivers it: mouse and key events go
// through QGuiApplication (the same entry points Qt Test uses), so double clicks, shortcuts and
// focus behave as with a real user; wheel and drag-and-drop events are sent to the window.
class InputSynthesizer
{
public:
    explicit InputSynthesizer(QQuickWindow *window);

    struct Click
    {
        Qt::MouseButton button = Qt::LeftButton;
        Qt::KeyboardModifiers modifiers;
        int count = 1; // 2: a double click
    };

    // Clicks at pos (window coordinates).
    void click(QPointF pos, const Click &how);
    void hover(QPointF pos);
    // Presses, moves in steps and releases (a mouse drag inside the window).
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});
    // Types text into the focused item, one key event per character (code point).
    void typeText(const QString &text);
    // One key combination, "Return", "Ctrl+A", "Shift+Tab", "Escape" (QKeySequence syntax);
    // an error when it does not parse.
    [[nodiscard]] Status pressKeys(const QString &keys);
    // Wheel steps (one step = 15°, a notch) at pos: positive dy scrolls down, dx right.
    void wheel(QPointF pos, int dx, int dy, Qt::KeyboardModifiers modifiers = {});
    // Drags files from outside the window and drops them at pos: enter, move, drop. Returns
    // whether the drop was accepted (something took it).
    [[nodiscard]] bool dropFiles(QPointF pos, const QStringList &files);

    // "Ctrl+Shift" → modifiers; an error for an unknown name.
    [[nodiscard]] static Result<Qt::KeyboardModifiers> parseModifiers(const QString &text);

private:
    void mouse(QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::KeyboardModifiers modifiers);
    void key(QEvent::Type type, int key, Qt::KeyboardModifiers modifiers, const QString &text);

    QPointer<QQuickWindow> m_window;
    Qt::MouseButtons m_buttons;
    // Timestamps decide what counts as a double click: separate clicks are spaced further
    // apart than the double-click interval, the two clicks of a double click are not.
    static inline int s_timestamp = 0;
};

} // namespace teahouse::app::automation

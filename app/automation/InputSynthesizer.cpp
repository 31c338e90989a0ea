#include "InputSynthesizer.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeySequence>
#include <QMimeData>
#include <QQuickWindow>
#include <QStyleHints>
#include <QUrl>
#include <QWheelEvent>

// QtGui exports these for Qt Test: events enter as if the platform had delivered them, so the
// application's double-click synthesis and shortcut map see them. (Declared as qtestmouse.h and
// qtestkeyboard.h do; the app does not link Qt Test.)
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_handleMouseEvent(QWindow *window, const QPointF &local, const QPointF &global,
                                      Qt::MouseButtons state, Qt::MouseButton button,
                                      QEvent::Type type, Qt::KeyboardModifiers mods, int timestamp);
Q_GUI_EXPORT void qt_handleKeyEvent(QWindow *w, QEvent::Type t, int k,
                                    Qt::KeyboardModifiers mods, const QString &text,
                                    bool autorep, ushort count);
QT_END_NAMESPACE

namespace teahouse::app::automation {

namespace {

constexpr int dragSteps = 6;

int keyForCharacter(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        return Qt::Key_A + int(c - U'a');
    if (c >= U'A' && c <= U'Z')
        return Qt::Key_A + int(c - U'A');
    if (c >= 0x20 && c < 0x7f)
        return int(c); // Qt's key codes for printable ASCII are the characters themselves
    if (c == U'\n' || c == U'\r')
        return Qt::Key_Return;
    if (c == U'\t')
        return Qt::Key_Tab;
    return Qt::Key_unknown;
}

// The text a key combination types, as a keyboard would report it.
QString textFor(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QStringLiteral("\r");
    case Qt::Key_Tab:
        return QStringLiteral("\t");
    case Qt::Key_Backspace:
        return QStringLiteral("\b");
    case Qt::Key_Escape:
        return QStringLiteral("\x1b");
    default:
        break;
    }
    if (key >= 0x20 && key < 0x7f) {
        const QChar c(key);
        return (modifiers & Qt::ShiftModifier) ? QString(c) : QString(c.toLower());
    }
    return {};
}

} // namespace

InputSynthesizer::InputSynthesizer(QQuickWindow *window)
    : m_window(window)
{}

void InputSynthesizer::mouse(QEvent::Type type, QPointF pos, Qt::MouseButton button,
                             Qt::KeyboardModifiers modifiers)
{
    if (!m_window)
        return;
    if (type == QEvent::MouseButtonPress)
        m_buttons |= button;
    else if (type == QEvent::MouseButtonRelease)
        m_buttons &= ~Qt::MouseButtons(button);
    qt_handleMouseEvent(m_window, pos, m_window->mapToGlobal(pos), m_buttons,
                        type == QEvent::MouseMove ? Qt::NoButton : button, type, modifiers,
                        s_timestamp);
}

void InputSynthesizer::click(QPointF pos, const Click &how)
{
    // Far enough from any earlier click that this one starts afresh.
    s_timestamp += QGuiApplication::styleHints()->mouseDoubleClickInterval() + 100;
    hover(pos);
    for (int i = 0; i < std::max(1, how.count); ++i) {
        s_timestamp += 10;
        mouse(QEvent::MouseButtonPress, pos, how.button, how.modifiers);
        s_timestamp += 10;
        mouse(QEvent::MouseButtonRelease, pos, how.button, how.modifiers);
    }
}

void InputSynthesizer::hover(QPointF pos)
{
    s_timestamp += 10;
    mouse(QEvent::MouseMove, pos, Qt::NoButton, {});
}

void InputSynthesizer::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    s_timestamp += QGuiApplication::styleHints()->mouseDoubleClickInterval() + 100;
    hover(from);
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int step = 1; step <= dragSteps; ++step) {
        s_timestamp += 20;
        const QPointF at = from + (to - from) * (qreal(step) / dragSteps);
        mouse(QEvent::MouseMove, at, Qt::LeftButton, modifiers);
        QCoreApplication::processEvents();
    }
    s_timestamp += 20;
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, modifiers);
}

void InputSynthesizer::key(QEvent::Type type, int key, Qt::KeyboardModifiers modifiers,
                           const QString &text)
{
    if (m_window)
        qt_handleKeyEvent(m_window, type, key, modifiers, text, false, 1);
}

void InputSynthesizer::typeText(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        const int code = keyForCharacter(c);
        const Qt::KeyboardModifiers modifiers =
            (c >= U'A' && c <= U'Z') ? Qt::ShiftModifier : Qt::NoModifier;
        const QString typed = code == Qt::Key_Return ? QStringLiteral("\r") : one;
        key(QEvent::KeyPress, code, modifiers, typed);
        key(QEvent::KeyRelease, code, modifiers, typed);
    }
}

Status InputSynthesizer::pressKeys(const QString &keys)
{
    const QKeySequence sequence = QKeySequence::fromString(keys, QKeySequence::PortableText);
    if (sequence.isEmpty() || sequence[0].key() == Qt::Key_unknown)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("\"%1\" is not a key (try \"Return\", \"Ctrl+A\", "
                                          "\"Shift+Tab\", \"Escape\")")
                               .arg(keys));
    for (int i = 0; i < sequence.count(); ++i) {
        const QKeyCombination combination = sequence[i];
        const int code = int(combination.key());
        const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
        const QString text = textFor(code, modifiers);
        key(QEvent::KeyPress, code, modifiers, text);
        key(QEvent::KeyRelease, code, modifiers, text);
    }
    return {};
}

void InputSynthesizer::wheel(QPointF pos, int dx, int dy, Qt::KeyboardModifiers modifiers)
{
    if (!m_window)
        return;
    // One notch is 120 eighths of a degree; scrolling down means a negative angle.
    const QPoint angle(-dx * 120, -dy * 120);
    QWheelEvent event(pos, m_window->mapToGlobal(pos), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_window, &event);
}

bool InputSynthesizer::dropFiles(QPointF pos, const QStringList &files)
{
    if (!m_window)
        return false;
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    data.setUrls(urls);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    const QPoint at = pos.toPoint();
    QDragEnterEvent enter(at, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QDragMoveEvent move(at, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &move);
    if (!enter.isAccepted() && !move.isAccepted()) {
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(m_window, &leave);
        return false;
    }
    QDropEvent drop(pos, actions, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    return drop.isAccepted();
}

Result<Qt::KeyboardModifiers> InputSynthesizer::parseModifiers(const QString &text)
{
    Qt::KeyboardModifiers modifiers;
    const QStringList parts = text.split(u'+', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toLower();
        if (part == u"ctrl" || part == u"control")
            modifiers |= Qt::ControlModifier;
        else if (part == u"shift")
            modifiers |= Qt::ShiftModifier;
        else if (part == u"alt")
            modifiers |= Qt::AltModifier;
        else if (part == u"meta")
            modifiers |= Qt::MetaModifier;
        else
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("unknown modifier \"%1\" (Ctrl, Shift, Alt, Meta)")
                                   .arg(raw));
    }
    return modifiers;
}

} // namespace teahouse::app::automation

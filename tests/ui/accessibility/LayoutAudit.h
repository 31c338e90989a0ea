#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QQuickItem;
class QQuickWindow;

// Looks at every visible item of a window the way a person with weak eyes and a screen reader
// would: text that is elided, cut off or drawn over other text or controls; text and icons too
// faint against the colour actually drawn under them; controls smaller than the Theme's
// minimum hit size; controls without an objectName (scripts) or an accessible name (screen
// readers).
class LayoutAudit
{
public:
    struct Finding
    {
        // "elided", "clipped", "overflow", "overlap", "small", "unnamed", "contrast"
        QString kind;
        QString path; // objectNames from the window down, then the item's type and text
        QString detail;

        [[nodiscard]] QString toString() const
        {
            return kind + QStringLiteral(": ") + path + QStringLiteral(" — ") + detail;
        }
    };

    // minimumContrast: what every text and icon must reach against the colour drawn under it
    // (4.5 normally, 7 in care mode).
    LayoutAudit(QQuickWindow *window, int minimumHitSize, double minimumContrast);

    [[nodiscard]] QList<Finding> run() const;
    // How many items of each sort the last run looked at (a run that saw nothing proves
    // nothing).
    [[nodiscard]] int textsSeen() const { return m_texts; }
    [[nodiscard]] int controlsSeen() const { return m_controls; }

    [[nodiscard]] static QString pathOf(const QQuickItem *item);
    [[nodiscard]] static bool isInteractive(const QQuickItem *item);

private:
    QQuickWindow *m_window;
    int m_minimumHitSize;
    double m_minimumContrast;
    mutable int m_texts = 0;
    mutable int m_controls = 0;
};

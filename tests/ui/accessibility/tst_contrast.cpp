// Contrast of every text and icon colour the Theme pairs with a background (WCAG 2.x relative
// luminance, computed here independently of Theme::contrastRatio): at least 4.5:1 normally
// (AA) and 7:1 in care mode (AAA), for text and for icons alike; focus rings and control
// outlines at least 3:1 (WCAG 1.4.11). Also the sizes care mode promises: text 150 % to 200 %,
// hit areas of at least 44 px.
#include "common/Theme.h"

#include <QTest>
#include <cmath>

using teahouse::ui::Theme;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor color(const Theme &theme, const char *property)
{
    const QVariant value = theme.property(property);
    if (!value.isValid() || !value.canConvert<QColor>())
        qFatal("Theme has no colour %s", property);
    const QColor c = value.value<QColor>();
    if (c.alpha() != 255)
        qFatal("Theme colour %s is not opaque: contrast would depend on what is under it",
               property);
    return c;
}

struct Pairing
{
    const char *foreground;
    QList<const char *> backgrounds;
};

// Every backgrounds any text colour is drawn on by the shared controls and the shell.
const QList<const char *> surfaces = {"contentBackground", "pageBackground", "cardBackground",
                                      "listBackground",    "listHover",      "listSelected",
                                      "searchBackground",  "fieldBackground"};

// Text colour → the backgrounds it is drawn on.
const QList<Pairing> textPairs = {
    {"textPrimary",
     surfaces + QList<const char *>{"warningBackground", "infoBackground", "errorBackground",
                                    "secondaryButton", "secondaryButtonHover"}},
    {"textSecondary",
     surfaces + QList<const char *>{"warningBackground", "infoBackground", "errorBackground",
                                    "secondaryButton", "secondaryButtonHover"}},
    {"textPlaceholder", {"fieldBackground", "searchBackground"}},
    {"textOnAccent",
     {"accentButton", "accentButtonHover", "accentButtonPressed", "selectionBackground"}},
    {"textLink", {"contentBackground", "cardBackground", "pageBackground", "fieldBackground"}},
    {"secondaryButtonText", {"secondaryButton", "secondaryButtonHover", "cardBackground"}},
    {"errorText",
     {"errorBackground", "contentBackground", "cardBackground", "fieldBackground",
      "pageBackground"}},
    {"railText", {"railBackground", "railHover"}},
    {"railTextActive", {"railBackground", "railHover"}},
    {"tooltipText", {"tooltipBackground"}},
};

// Icons (line glyphs) → the backgrounds they are drawn on. Held to the same numbers as text:
// an elderly user must be able to make out a glyph as well as a word.
const QList<Pairing> iconPairs = {
    {"railIcon", {"railBackground", "railHover"}},
    {"railIconActive", {"railBackground", "railHover"}},
    {"emptyStateIcon", {"contentBackground", "pageBackground", "listBackground"}},
    // The sign-in logo, a scan result's kind: on pages and cards, never on list rows.
    {"accentIcon", {"contentBackground", "cardBackground", "pageBackground", "fieldBackground"}},
    // Chevrons, search glyphs, the password eye, speaker buttons.
    {"textSecondary", surfaces},
    {"textPrimary", surfaces},
};

// Outlines that show where a control is or which one has focus: WCAG 1.4.11, 3:1.
const QList<Pairing> outlinePairs = {
    // Drawn just outside the control, so against what the control sits on.
    {"focusRing", surfaces},
    {"railFocusRing", {"railBackground", "railHover"}},
    {"fieldBorder", {"fieldBackground", "cardBackground", "contentBackground"}},
    {"switchOff", {"cardBackground", "contentBackground"}},
    {"sliderTrack", {"cardBackground", "contentBackground"}},
};

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    QStringList m_failures;
    int m_checked = 0;

    void check(const Theme &theme, const QList<Pairing> &pairs, double minimum, const QString &kind)
    {
        for (const Pairing &pair : pairs) {
            for (const char *bg : pair.backgrounds) {
                const QColor fg = color(theme, pair.foreground);
                const QColor back = color(theme, bg);
                const double ratio = contrast(fg, back);
                ++m_checked;
                if (ratio + 1e-9 < minimum)
                    m_failures << QStringLiteral("%1 %2 (%3) on %4 (%5): %6:1, needs %7:1")
                                      .arg(kind, QLatin1String(pair.foreground), fg.name(),
                                           QLatin1String(bg), back.name())
                                      .arg(ratio, 0, 'f', 2)
                                      .arg(minimum);
            }
        }
    }

private Q_SLOTS:
    void init()
    {
        m_failures.clear();
        m_checked = 0;
    }

    void luminanceFormula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(Qt::white, Qt::white) * 100), 100);
        // WebAIM's reference: #767676 on white is 4.54:1.
        QCOMPARE(qRound(contrast(QColor(0x767676), Qt::white) * 100), 454);
        QCOMPARE(qRound(Theme::contrastRatio(QColor(0x595959), Qt::white) * 10),
                 qRound(contrast(QColor(0x595959), Qt::white) * 10));
    }

    void everyPair_data()
    {
        QTest::addColumn<bool>("care");
        QTest::addColumn<double>("scale");
        QTest::newRow("normal 100%") << false << 1.0;
        QTest::newRow("normal 200%") << false << 2.0;
        QTest::newRow("care 150%") << true << 1.5;
        QTest::newRow("care 200%") << true << 2.0;
    }

    void everyPair()
    {
        QFETCH(bool, care);
        QFETCH(double, scale);
        Theme theme;
        theme.setCareMode(care);
        theme.setScale(scale);
        const double minimum = care ? 7.0 : 4.5;
        check(theme, textPairs, minimum, QStringLiteral("text"));
        check(theme, iconPairs, minimum, QStringLiteral("icon"));
        check(theme, outlinePairs, care ? 4.5 : 3.0, QStringLiteral("outline"));

        // White initials on avatars and white glyphs on the coloured feature tiles.
        const QVariantList avatars = theme.avatarPalette();
        QVERIFY(avatars.size() >= 8);
        for (const QVariant &a : avatars) {
            ++m_checked;
            const double ratio = contrast(theme.textOnAccent(), a.value<QColor>());
            if (ratio < minimum)
                m_failures << QStringLiteral("initial on avatar %1: %2:1")
                                  .arg(a.value<QColor>().name())
                                  .arg(ratio, 0, 'f', 2);
        }
        const QVariantMap tiles = theme.tileColors();
        QVERIFY(tiles.size() >= 8);
        for (auto it = tiles.cbegin(); it != tiles.cend(); ++it) {
            ++m_checked;
            const double ratio = contrast(theme.textOnAccent(), it.value().value<QColor>());
            if (ratio < minimum)
                m_failures
                    << QStringLiteral("glyph on tile %1: %2:1").arg(it.key()).arg(ratio, 0, 'f', 2);
        }
        QVERIFY(m_checked > 100);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u'\n')));
    }

    void careModeIsStronger()
    {
        // Every text pair reads at least as well in care mode as in normal mode.
        Theme normal;
        Theme care;
        care.setCareMode(true);
        for (const Pairing &pair : textPairs) {
            for (const char *bg : pair.backgrounds) {
                const double before = contrast(color(normal, pair.foreground), color(normal, bg));
                const double after = contrast(color(care, pair.foreground), color(care, bg));
                QVERIFY2(after + 0.01 >= before, qPrintable(QStringLiteral("%1 on %2: %3 → %4")
                                                                .arg(pair.foreground, bg)
                                                                .arg(before)
                                                                .arg(after)));
            }
        }
    }

    void careModeSizes()
    {
        Theme theme;
        theme.setCareMode(true);
        // Text 150 % by default, adjustable up to 200 %.
        theme.setScale(1.0);
        QCOMPARE(theme.textScale(), 1.5);
        QCOMPARE(theme.fontSizeBody(), 21);
        theme.setScale(2.0);
        QCOMPARE(theme.textScale(), 2.0);
        QCOMPARE(theme.fontSizeBody(), 28);
        theme.setScale(2.5);
        QCOMPARE(theme.textScale(), 2.0);

        for (double scale : {1.0, 1.5, 2.0}) {
            for (bool care : {false, true}) {
                theme.setCareMode(care);
                theme.setScale(scale);
                // WCAG 2.5.8 (24 px) always; WCAG 2.5.5 (44 px) in care mode.
                QVERIFY(theme.minimumHitSize() >= (care ? 44 : 24));
                // The Theme's own controls meet its minimum.
                for (int size : {theme.controlHeight(), theme.controlHeightLarge(),
                                 theme.listRowHeight(), theme.railButtonSize()})
                    QVERIFY2(size >= theme.minimumHitSize(),
                             qPrintable(QStringLiteral("%1 < %2 at %3 care=%4")
                                            .arg(size)
                                            .arg(theme.minimumHitSize())
                                            .arg(scale)
                                            .arg(care)));
                QVERIFY(theme.focusWidth() >= 2);
            }
        }
        // Bigger buttons in care mode than at the same text size without it.
        Theme plain;
        plain.setScale(1.5);
        Theme cared;
        cared.setCareMode(true);
        cared.setScale(1.5);
        QVERIFY(cared.controlHeight() > plain.controlHeight());
        QVERIFY(cared.minimumHitSize() > plain.minimumHitSize());
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"

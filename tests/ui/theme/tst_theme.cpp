// Theme: sizes follow scale and care mode, and every text colour reads against the background
// it is drawn on (WCAG 2: 4.5:1 normally, 7:1 in care mode), computed here independently.
#include "common/Theme.h"

#include <QFontDatabase>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using teahouse::ui::Theme;

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
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
    if (!value.isValid())
        qFatal("Theme has no property %s", property);
    return value.value<QColor>();
}

// Text colour → the backgrounds the UI draws it on.
const QList<std::pair<const char *, QList<const char *>>> textPairs = {
    {"textPrimary",
     {"contentBackground", "listBackground", "listHover", "listSelected", "pageBackground",
      "cardBackground", "searchBackground", "fieldBackground", "warningBackground",
      "infoBackground", "secondaryButton", "secondaryButtonHover"}},
    {"textSecondary",
     {"contentBackground", "listBackground", "listHover", "listSelected", "pageBackground",
      "cardBackground", "warningBackground", "errorBackground", "infoBackground"}},
    {"textPlaceholder", {"fieldBackground", "searchBackground"}},
    {"textOnAccent", {"accentButton", "accentButtonHover", "accentButtonPressed"}},
    {"textLink", {"contentBackground", "cardBackground", "pageBackground"}},
    {"secondaryButtonText", {"secondaryButton", "secondaryButtonHover", "cardBackground"}},
    {"errorText", {"errorBackground", "contentBackground", "cardBackground", "fieldBackground"}},
    {"railText", {"railBackground", "railHover"}},
    {"railTextActive", {"railBackground", "railHover"}},
    {"tooltipText", {"tooltipBackground"}},
};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        Theme theme;
        QCOMPARE(theme.scale(), 1.0);
        QCOMPARE(theme.careMode(), false);
        QCOMPARE(theme.textScale(), 1.0);
        QCOMPARE(theme.fontSizeCaption(), 12);
        QCOMPARE(theme.fontSizeBody(), 14);
        QCOMPARE(theme.fontSizeTitle(), 18);
        QCOMPARE(theme.controlHeight(), 36);
        QCOMPARE(theme.controlHeightLarge(), 44);
        QCOMPARE(theme.iconSize(), 24);
        QCOMPARE(theme.spacingMedium(), 12);
        QCOMPARE(theme.railWidth(), 64);
        QCOMPARE(theme.listColumnWidth(), 260);
    }

    void scaleGrowsEverything_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("care");
        QTest::addColumn<int>("body");
        QTest::addColumn<int>("caption");
        QTest::addColumn<int>("control");
        QTest::addColumn<int>("icon");
        QTest::addColumn<int>("spacing");
        QTest::addColumn<int>("listColumn");
        QTest::newRow("100%") << 1.0 << false << 14 << 12 << 36 << 24 << 12 << 260;
        QTest::newRow("150%") << 1.5 << false << 21 << 18 << 54 << 36 << 18 << 338;
        QTest::newRow("200%") << 2.0 << false << 28 << 24 << 72 << 48 << 24 << 416;
        // Care mode: text at least 150 %; controls 10 % larger again.
        QTest::newRow("care 100%") << 1.0 << true << 21 << 18 << 59 << 40 << 20 << 361;
        QTest::newRow("care 150%") << 1.5 << true << 21 << 18 << 59 << 40 << 20 << 361;
        QTest::newRow("care 200%") << 2.0 << true << 28 << 24 << 79 << 53 << 26 << 447;
    }

    void scaleGrowsEverything()
    {
        QFETCH(double, scale);
        QFETCH(bool, care);
        Theme theme;
        theme.setScale(scale);
        theme.setCareMode(care);
        QFETCH(int, body);
        QFETCH(int, caption);
        QFETCH(int, control);
        QFETCH(int, icon);
        QFETCH(int, spacing);
        QFETCH(int, listColumn);
        QCOMPARE(theme.fontSizeBody(), body);
        QCOMPARE(theme.fontSizeCaption(), caption);
        QCOMPARE(theme.controlHeight(), control);
        QCOMPARE(theme.iconSize(), icon);
        QCOMPARE(theme.spacingMedium(), spacing);
        QCOMPARE(theme.listColumnWidth(), listColumn);
        QVERIFY(theme.fontSizeTitle() > theme.fontSizeBody());
        QVERIFY(theme.controlHeight() > theme.fontSizeBody() * 2);
    }

    void clampsScale()
    {
        Theme theme;
        theme.setScale(3.0);
        QCOMPARE(theme.scale(), 2.0);
        QCOMPARE(theme.fontSizeBody(), 28);
        theme.setScale(0.5);
        QCOMPARE(theme.scale(), 1.0);
        QCOMPARE(theme.fontSizeBody(), 14);
    }

    void notifiesOnChange()
    {
        Theme theme;
        QSignalSpy spy(&theme, &Theme::changed);
        theme.setScale(1.0); // unchanged
        QCOMPARE(spy.count(), 0);
        theme.setScale(1.2);
        QCOMPARE(spy.count(), 1);
        theme.setCareMode(true);
        QCOMPARE(spy.count(), 2);
        theme.setCareMode(true);
        QCOMPARE(spy.count(), 2);
    }

    void careModeChangesColours()
    {
        Theme theme;
        const QColor normalText = theme.textPrimary();
        const QColor normalButton = theme.accentButton();
        theme.setCareMode(true);
        QVERIFY(theme.textPrimary() != normalText);
        QVERIFY(theme.accentButton() != normalButton);
        QVERIFY(theme.borderWidth() > 1);
    }

    void textContrast_data()
    {
        QTest::addColumn<bool>("care");
        QTest::newRow("normal") << false;
        QTest::newRow("care") << true;
    }

    void textContrast()
    {
        QFETCH(bool, care);
        Theme theme;
        theme.setCareMode(care);
        const double minimum = care ? 7.0 : 4.5;
        QStringList failures;
        auto check = [&](const QString &what, const QColor &fg, const QColor &bg) {
            const double ratio = contrast(fg, bg);
            if (ratio < minimum)
                failures << QStringLiteral("%1: %2 on %3 = %4:1")
                                .arg(what, fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2);
        };
        int checked = 0;
        for (const auto &[fg, backgrounds] : textPairs) {
            for (const char *bg : backgrounds) {
                check(QStringLiteral("%1 on %2").arg(fg, bg), color(theme, fg), color(theme, bg));
                ++checked;
            }
        }
        // Initials on avatars and glyphs on feature tiles are white on a palette colour.
        const QVariantList avatars = theme.avatarPalette();
        QVERIFY(avatars.size() >= 8);
        for (const QVariant &a : avatars)
            check(QStringLiteral("initial on avatar"), theme.textOnAccent(), a.value<QColor>());
        const QVariantMap tiles = theme.tileColors();
        QVERIFY(tiles.contains("default"));
        for (auto it = tiles.cbegin(); it != tiles.cend(); ++it)
            check(QStringLiteral("glyph on tile %1").arg(it.key()), theme.textOnAccent(),
                  it.value().value<QColor>());
        QVERIFY(checked > 40);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n")));
    }

    void railIconsAreVisible()
    {
        // Non-text contrast (WCAG 1.4.11) is 3:1; care mode asks for more.
        for (bool care : {false, true}) {
            Theme theme;
            theme.setCareMode(care);
            const double minimum = care ? 4.5 : 3.0;
            QVERIFY(contrast(theme.railIcon(), theme.railBackground()) >= minimum);
            QVERIFY(contrast(theme.railIconActive(), theme.railBackground()) >= minimum);
            QVERIFY(contrast(theme.fieldBorder(), theme.fieldBackground()) >= (care ? 4.5 : 1.5));
        }
    }

    void themeContrastHelperAgrees()
    {
        QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor(0x07C160), Qt::white) * 100),
                 qRound(Theme::contrastRatio(QColor(0x07C160), Qt::white) * 100));
    }

    void fontCoversChinese()
    {
        Theme theme;
        QVERIFY(!theme.fontFamily().isEmpty());
        const auto systems = QFontDatabase::writingSystems(theme.fontFamily());
        QVERIFY2(systems.contains(QFontDatabase::SimplifiedChinese),
                 qPrintable(theme.fontFamily() +
                            " has no Simplified Chinese glyphs; install fonts-noto-cjk"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"

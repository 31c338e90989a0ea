#include "Theme.h"

#include <QFontDatabase>
#include <algorithm>
#include <cmath>

namespace teahouse::ui {

namespace {

// First installed family from a preference list; CJK families first so Chinese never falls
// back to boxes, and their Latin glyphs are good enough for English text.
QString firstInstalled(std::initializer_list<const char16_t *> candidates, QString fallback)
{
    const QStringList families = QFontDatabase::families();
    for (const char16_t *candidate : candidates) {
        const QString name = QString::fromUtf16(candidate);
        if (families.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return fallback;
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
    , m_fontFamily(firstInstalled({u"Noto Sans CJK SC", u"Source Han Sans SC", u"Microsoft YaHei",
                                   u"PingFang SC", u"WenQuanYi Micro Hei"},
                                  QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()))
    , m_monospaceFamily(
          firstInstalled({u"Noto Sans Mono CJK SC", u"DejaVu Sans Mono"},
                         QFontDatabase::systemFont(QFontDatabase::FixedFont).family()))
{}

void Theme::setScale(qreal scale)
{
    scale = std::clamp(scale, minimumScale, maximumScale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    Q_EMIT changed();
}

void Theme::setCareMode(bool careMode)
{
    if (careMode == m_careMode)
        return;
    m_careMode = careMode;
    Q_EMIT changed();
}

qreal Theme::textScale() const
{
    return m_careMode ? std::max(m_scale, careMinimumScale) : m_scale;
}

qreal Theme::controlScale() const
{
    return textScale() * (m_careMode ? careControlBonus : 1.0);
}

qreal Theme::layoutScale() const
{
    return 1.0 + (controlScale() - 1.0) * 0.6;
}

int Theme::fontWeightBody() const
{
    // Medium strokes read better for weak eyes; normal weight keeps the default look light.
    return m_careMode ? 500 : 400;
}

int Theme::fontWeightStrong() const
{
    return m_careMode ? 700 : 600;
}

int Theme::railWidth() const
{
    // Care mode shows a text label under each rail icon, so the rail grows with the text.
    return m_careMode ? control(72) : layout(64);
}

int Theme::minimumHitSize() const
{
    // Normal: WCAG 2.5.8 (AA) asks 24 px. Care mode: at least WCAG 2.5.5's 44 px (AAA) at its
    // smallest text size, growing with the text after that.
    return m_careMode ? std::max(44, control(28)) : control(24);
}

int Theme::railButtonSize() const
{
    return control(44);
}

int Theme::text(int base) const
{
    return static_cast<int>(std::lround(base * textScale()));
}

int Theme::control(int base) const
{
    return static_cast<int>(std::lround(base * controlScale()));
}

int Theme::layout(int base) const
{
    return static_cast<int>(std::lround(base * layoutScale()));
}

QVariantList Theme::avatarPalette() const
{
    static constexpr QRgb palette[] = {0x8A8A8A, 0x3B6FB6, 0x2E7D4F, 0xA35200, 0x7A4CB8,
                                       0xB03A2E, 0x0E7066, 0x9C2A8C, 0x4B5563};
    QVariantList colors;
    for (QRgb rgb : palette)
        colors.append(underWhiteText(QColor::fromRgb(rgb)));
    return colors;
}

int Theme::avatarIndex(const QString &name) const
{
    // Entry 0 is the neutral grey for "no name yet"; names spread over the others.
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return 0;
    return 1 + static_cast<int>(qHash(key) % 8);
}

QVariantMap Theme::tileColors() const
{
    // WeChat gives each Discover entry its own colour; these are deep enough for white glyphs.
    static const std::pair<const char16_t *, QRgb> tiles[] = {
        {u"default", 0x067A3E},  {u"moments", 0xD9480F},       {u"official-accounts", 0x1D5FBF},
        {u"scan", 0x0E7066},     {u"city-services", 0x6D4BB5}, {u"wallet", 0xA35200},
        {u"language", 0x1D5FBF}, {u"care", 0xC0392B},          {u"text-size", 0x6D4BB5},
        {u"account", 0x067A3E},  {u"about", 0x4B5563}};
    QVariantMap colors;
    for (const auto &[key, rgb] : tiles)
        colors.insert(QString::fromUtf16(key), underWhiteText(QColor::fromRgb(rgb)));
    return colors;
}

qreal Theme::contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::underWhiteText(QColor color) const
{
    const qreal target = m_careMode ? 7.0 : 4.5;
    const QColor white = QColor::fromRgb(0xFFFFFF);
    for (int i = 0; i < 20 && contrastRatio(color, white) < target; ++i)
        color = color.darker(110);
    return color;
}

QColor Theme::pick(QRgb normal, QRgb care) const
{
    return QColor::fromRgb(m_careMode ? care : normal);
}

} // namespace teahouse::ui

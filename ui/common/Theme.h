#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Every font size, spacing, radius, control height, icon size and colour the UI uses. QML reads
// it as a singleton; the app sets `scale` and `careMode` from the user's preferences and every
// value follows, so features inherit care mode without doing anything.
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Inputs.
    Q_PROPERTY(qreal scale READ scale WRITE setScale NOTIFY changed)
    Q_PROPERTY(bool careMode READ careMode WRITE setCareMode NOTIFY changed)
    // The factor actually applied to text: care mode never goes below careMinimumScale.
    Q_PROPERTY(qreal textScale READ textScale NOTIFY changed)
    // Controls, spacing and icons: text scale, plus a bonus in care mode for easier targets.
    Q_PROPERTY(qreal controlScale READ controlScale NOTIFY changed)
    // Column widths grow more slowly than text so the content pane keeps its room.
    Q_PROPERTY(qreal layoutScale READ layoutScale NOTIFY changed)

    // Fonts (pixel sizes).
    Q_PROPERTY(QString fontFamily READ fontFamily CONSTANT)
    Q_PROPERTY(QString monospaceFamily READ monospaceFamily CONSTANT)
    Q_PROPERTY(int fontSizeCaption READ fontSizeCaption NOTIFY changed)
    Q_PROPERTY(int fontSizeBody READ fontSizeBody NOTIFY changed)
    Q_PROPERTY(int fontSizeSubtitle READ fontSizeSubtitle NOTIFY changed)
    Q_PROPERTY(int fontSizeTitle READ fontSizeTitle NOTIFY changed)
    Q_PROPERTY(int fontSizeHeadline READ fontSizeHeadline NOTIFY changed)
    Q_PROPERTY(int fontWeightBody READ fontWeightBody NOTIFY changed)
    Q_PROPERTY(int fontWeightStrong READ fontWeightStrong NOTIFY changed)

    // Spacing and shapes.
    Q_PROPERTY(int spacingTiny READ spacingTiny NOTIFY changed)
    Q_PROPERTY(int spacingSmall READ spacingSmall NOTIFY changed)
    Q_PROPERTY(int spacingMedium READ spacingMedium NOTIFY changed)
    Q_PROPERTY(int spacingLarge READ spacingLarge NOTIFY changed)
    Q_PROPERTY(int spacingXLarge READ spacingXLarge NOTIFY changed)
    Q_PROPERTY(int spacingHuge READ spacingHuge NOTIFY changed)
    Q_PROPERTY(int radiusSmall READ radiusSmall NOTIFY changed)
    Q_PROPERTY(int radiusMedium READ radiusMedium NOTIFY changed)
    Q_PROPERTY(int radiusLarge READ radiusLarge NOTIFY changed)
    Q_PROPERTY(int borderWidth READ borderWidth NOTIFY changed)
    Q_PROPERTY(int focusWidth READ focusWidth NOTIFY changed)
    // Gap between a control and its keyboard focus ring (drawn outside the control's shape).
    Q_PROPERTY(int focusMargin READ focusMargin NOTIFY changed)

    // Controls and icons.
    // The smallest width and height anything a person clicks may have (WCAG 2.5.8: 24 px;
    // care mode: WCAG 2.5.5's 44 px and more). The layout audit in tests/ui/accessibility
    // holds every interactive item to it.
    Q_PROPERTY(int minimumHitSize READ minimumHitSize NOTIFY changed)
    Q_PROPERTY(int controlHeight READ controlHeight NOTIFY changed)
    Q_PROPERTY(int controlHeightLarge READ controlHeightLarge NOTIFY changed)
    Q_PROPERTY(int controlMinimumWidth READ controlMinimumWidth NOTIFY changed)
    Q_PROPERTY(int listRowHeight READ listRowHeight NOTIFY changed)
    Q_PROPERTY(int listItemHeight READ listItemHeight NOTIFY changed)
    Q_PROPERTY(int switchWidth READ switchWidth NOTIFY changed)
    Q_PROPERTY(int switchHeight READ switchHeight NOTIFY changed)
    Q_PROPERTY(int sliderHandleSize READ sliderHandleSize NOTIFY changed)
    Q_PROPERTY(int sliderTrackHeight READ sliderTrackHeight NOTIFY changed)
    Q_PROPERTY(int iconSizeSmall READ iconSizeSmall NOTIFY changed)
    Q_PROPERTY(int iconSize READ iconSize NOTIFY changed)
    Q_PROPERTY(int iconSizeLarge READ iconSizeLarge NOTIFY changed)
    Q_PROPERTY(int iconSizeHuge READ iconSizeHuge NOTIFY changed)
    Q_PROPERTY(int avatarSizeRail READ avatarSizeRail NOTIFY changed)
    Q_PROPERTY(int avatarSizeList READ avatarSizeList NOTIFY changed)
    Q_PROPERTY(int avatarSizeLarge READ avatarSizeLarge NOTIFY changed)

    // Layout.
    Q_PROPERTY(int railWidth READ railWidth NOTIFY changed)
    Q_PROPERTY(int railButtonSize READ railButtonSize NOTIFY changed)
    Q_PROPERTY(int railIconSize READ railIconSize NOTIFY changed)
    Q_PROPERTY(int listColumnWidth READ listColumnWidth NOTIFY changed)
    Q_PROPERTY(int headerHeight READ headerHeight NOTIFY changed)
    Q_PROPERTY(int formWidth READ formWidth NOTIFY changed)
    Q_PROPERTY(int contentMaxWidth READ contentMaxWidth NOTIFY changed)
    Q_PROPERTY(int emptyStateWidth READ emptyStateWidth NOTIFY changed)
    Q_PROPERTY(int windowMinimumWidth READ windowMinimumWidth CONSTANT)
    Q_PROPERTY(int windowMinimumHeight READ windowMinimumHeight CONSTANT)
    Q_PROPERTY(int windowDefaultWidth READ windowDefaultWidth CONSTANT)
    Q_PROPERTY(int windowDefaultHeight READ windowDefaultHeight CONSTANT)

    // Colours. Text colours are named by role; each is paired with the background it sits on
    // (see tests/ui/theme): ≥ 4.5:1 normally, ≥ 7:1 in care mode.
    Q_PROPERTY(QColor railBackground READ railBackground NOTIFY changed)
    Q_PROPERTY(QColor railHover READ railHover NOTIFY changed)
    Q_PROPERTY(QColor railIcon READ railIcon NOTIFY changed)
    Q_PROPERTY(QColor railIconActive READ railIconActive NOTIFY changed)
    Q_PROPERTY(QColor railText READ railText NOTIFY changed)
    Q_PROPERTY(QColor railTextActive READ railTextActive NOTIFY changed)
    Q_PROPERTY(QColor listBackground READ listBackground NOTIFY changed)
    Q_PROPERTY(QColor listHover READ listHover NOTIFY changed)
    Q_PROPERTY(QColor listSelected READ listSelected NOTIFY changed)
    Q_PROPERTY(QColor searchBackground READ searchBackground NOTIFY changed)
    Q_PROPERTY(QColor contentBackground READ contentBackground NOTIFY changed)
    Q_PROPERTY(QColor pageBackground READ pageBackground NOTIFY changed)
    Q_PROPERTY(QColor cardBackground READ cardBackground NOTIFY changed)
    Q_PROPERTY(QColor separator READ separator NOTIFY changed)
    Q_PROPERTY(QColor textPrimary READ textPrimary NOTIFY changed)
    Q_PROPERTY(QColor textSecondary READ textSecondary NOTIFY changed)
    Q_PROPERTY(QColor textPlaceholder READ textPlaceholder NOTIFY changed)
    Q_PROPERTY(QColor textDisabled READ textDisabled NOTIFY changed)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent NOTIFY changed)
    Q_PROPERTY(QColor textLink READ textLink NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentIcon READ accentIcon NOTIFY changed)
    Q_PROPERTY(QColor accentButton READ accentButton NOTIFY changed)
    Q_PROPERTY(QColor accentButtonHover READ accentButtonHover NOTIFY changed)
    Q_PROPERTY(QColor accentButtonPressed READ accentButtonPressed NOTIFY changed)
    Q_PROPERTY(QColor accentButtonDisabled READ accentButtonDisabled NOTIFY changed)
    Q_PROPERTY(QColor secondaryButton READ secondaryButton NOTIFY changed)
    Q_PROPERTY(QColor secondaryButtonHover READ secondaryButtonHover NOTIFY changed)
    Q_PROPERTY(QColor secondaryButtonText READ secondaryButtonText NOTIFY changed)
    Q_PROPERTY(QColor fieldBackground READ fieldBackground NOTIFY changed)
    Q_PROPERTY(QColor fieldBorder READ fieldBorder NOTIFY changed)
    Q_PROPERTY(QColor fieldBorderFocus READ fieldBorderFocus NOTIFY changed)
    Q_PROPERTY(QColor focusRing READ focusRing NOTIFY changed)
    // The focus ring on the dark rail (the normal ring is too dark there).
    Q_PROPERTY(QColor railFocusRing READ railFocusRing NOTIFY changed)
    // Behind selected text (textOnAccent on it).
    Q_PROPERTY(QColor selectionBackground READ selectionBackground NOTIFY changed)
    Q_PROPERTY(QColor errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QColor errorBackground READ errorBackground NOTIFY changed)
    Q_PROPERTY(QColor errorBorder READ errorBorder NOTIFY changed)
    Q_PROPERTY(QColor warningBackground READ warningBackground NOTIFY changed)
    Q_PROPERTY(QColor warningBorder READ warningBorder NOTIFY changed)
    Q_PROPERTY(QColor infoBackground READ infoBackground NOTIFY changed)
    Q_PROPERTY(QColor emptyStateIcon READ emptyStateIcon NOTIFY changed)
    Q_PROPERTY(QColor sliderTrack READ sliderTrack NOTIFY changed)
    Q_PROPERTY(QColor switchOff READ switchOff NOTIFY changed)
    Q_PROPERTY(QColor tooltipBackground READ tooltipBackground NOTIFY changed)
    Q_PROPERTY(QColor tooltipText READ tooltipText NOTIFY changed)
    Q_PROPERTY(QVariantList avatarPalette READ avatarPalette NOTIFY changed)
    Q_PROPERTY(QVariantMap tileColors READ tileColors NOTIFY changed)

public:
    static constexpr qreal minimumScale = 1.0;
    static constexpr qreal maximumScale = 2.0;
    static constexpr qreal careMinimumScale = 1.5;
    static constexpr qreal careControlBonus = 1.1;

    explicit Theme(QObject *parent = nullptr);

    [[nodiscard]] qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    [[nodiscard]] bool careMode() const { return m_careMode; }
    void setCareMode(bool careMode);
    [[nodiscard]] qreal textScale() const;
    [[nodiscard]] qreal controlScale() const;
    [[nodiscard]] qreal layoutScale() const;

    [[nodiscard]] QString fontFamily() const { return m_fontFamily; }
    [[nodiscard]] QString monospaceFamily() const { return m_monospaceFamily; }
    [[nodiscard]] int fontSizeCaption() const { return text(12); }
    [[nodiscard]] int fontSizeBody() const { return text(14); }
    [[nodiscard]] int fontSizeSubtitle() const { return text(16); }
    [[nodiscard]] int fontSizeTitle() const { return text(18); }
    [[nodiscard]] int fontSizeHeadline() const { return text(24); }
    [[nodiscard]] int fontWeightBody() const;
    [[nodiscard]] int fontWeightStrong() const;

    [[nodiscard]] int spacingTiny() const { return control(4); }
    [[nodiscard]] int spacingSmall() const { return control(8); }
    [[nodiscard]] int spacingMedium() const { return control(12); }
    [[nodiscard]] int spacingLarge() const { return control(16); }
    [[nodiscard]] int spacingXLarge() const { return control(24); }
    [[nodiscard]] int spacingHuge() const { return control(40); }
    [[nodiscard]] int radiusSmall() const { return control(4); }
    [[nodiscard]] int radiusMedium() const { return control(6); }
    [[nodiscard]] int radiusLarge() const { return control(10); }
    [[nodiscard]] int borderWidth() const { return m_careMode ? 2 : 1; }
    [[nodiscard]] int focusWidth() const { return m_careMode ? 3 : 2; }
    [[nodiscard]] int focusMargin() const { return m_careMode ? 3 : 2; }

    [[nodiscard]] int minimumHitSize() const;
    [[nodiscard]] int controlHeight() const { return control(36); }
    [[nodiscard]] int controlHeightLarge() const { return control(44); }
    [[nodiscard]] int controlMinimumWidth() const { return control(88); }
    [[nodiscard]] int listRowHeight() const { return control(52); }
    [[nodiscard]] int listItemHeight() const { return control(64); }
    [[nodiscard]] int switchWidth() const { return control(44); }
    [[nodiscard]] int switchHeight() const { return control(24); }
    [[nodiscard]] int sliderHandleSize() const { return control(20); }
    [[nodiscard]] int sliderTrackHeight() const { return control(4); }
    [[nodiscard]] int iconSizeSmall() const { return control(16); }
    [[nodiscard]] int iconSize() const { return control(24); }
    [[nodiscard]] int iconSizeLarge() const { return control(36); }
    [[nodiscard]] int iconSizeHuge() const { return control(72); }
    [[nodiscard]] int avatarSizeRail() const { return control(36); }
    [[nodiscard]] int avatarSizeList() const { return control(40); }
    [[nodiscard]] int avatarSizeLarge() const { return control(64); }

    [[nodiscard]] int railWidth() const;
    [[nodiscard]] int railButtonSize() const;
    // Rail icons follow the text only (no care bonus): with names under them in care mode, six
    // entries must still fit a 800 px high window at 200 %.
    [[nodiscard]] int railIconSize() const { return text(24); }
    [[nodiscard]] int listColumnWidth() const { return layout(260); }
    [[nodiscard]] int headerHeight() const { return control(60); }
    [[nodiscard]] int formWidth() const { return layout(400); }
    [[nodiscard]] int contentMaxWidth() const { return layout(640); }
    [[nodiscard]] int emptyStateWidth() const { return layout(420); }
    [[nodiscard]] int windowMinimumWidth() const { return 800; }
    [[nodiscard]] int windowMinimumHeight() const { return 560; }
    [[nodiscard]] int windowDefaultWidth() const { return 1100; }
    [[nodiscard]] int windowDefaultHeight() const { return 720; }

    [[nodiscard]] QColor railBackground() const { return pick(0x2E2E2E, 0x1F1F1F); }
    [[nodiscard]] QColor railHover() const { return pick(0x3A3A3A, 0x2B2B2B); }
    [[nodiscard]] QColor railIcon() const { return pick(0xA8A8A8, 0xE0E0E0); }
    [[nodiscard]] QColor railIconActive() const { return pick(0x07C160, 0x2BD67B); }
    [[nodiscard]] QColor railText() const { return pick(0xB8B8B8, 0xE8E8E8); }
    [[nodiscard]] QColor railTextActive() const { return pick(0x2BD67B, 0x2BD67B); }
    [[nodiscard]] QColor listBackground() const { return pick(0xF0F0F0, 0xEDEDED); }
    [[nodiscard]] QColor listHover() const { return pick(0xE6E6E6, 0xE0E0E0); }
    [[nodiscard]] QColor listSelected() const { return pick(0xDADADA, 0xCFCFCF); }
    [[nodiscard]] QColor searchBackground() const { return pick(0xE6E6E6, 0xFFFFFF); }
    [[nodiscard]] QColor contentBackground() const { return pick(0xFFFFFF, 0xFFFFFF); }
    [[nodiscard]] QColor pageBackground() const { return pick(0xF5F5F5, 0xF2F2F2); }
    [[nodiscard]] QColor cardBackground() const { return pick(0xFFFFFF, 0xFFFFFF); }
    [[nodiscard]] QColor separator() const { return pick(0xE2E2E2, 0x9E9E9E); }
    [[nodiscard]] QColor textPrimary() const { return pick(0x191919, 0x000000); }
    [[nodiscard]] QColor textSecondary() const { return pick(0x5C5C5C, 0x333333); }
    [[nodiscard]] QColor textPlaceholder() const { return pick(0x666666, 0x3D3D3D); }
    [[nodiscard]] QColor textDisabled() const { return pick(0x8C8C8C, 0x595959); }
    [[nodiscard]] QColor textOnAccent() const { return pick(0xFFFFFF, 0xFFFFFF); }
    [[nodiscard]] QColor textLink() const { return pick(0x067A3E, 0x045C2D); }
    [[nodiscard]] QColor accent() const { return pick(0x07C160, 0x058C46); }
    // The brand green for a glyph that means something (a logo, a result's kind): dark enough
    // to read like text on pages and cards (4.5:1, care 7:1); accent itself is for outlines
    // and dots.
    [[nodiscard]] QColor accentIcon() const { return pick(0x067A3E, 0x045C2D); }
    [[nodiscard]] QColor accentButton() const { return pick(0x067A3E, 0x045C2D); }
    [[nodiscard]] QColor accentButtonHover() const { return pick(0x056B36, 0x03502A); }
    [[nodiscard]] QColor accentButtonPressed() const { return pick(0x045C2D, 0x024422); }
    [[nodiscard]] QColor accentButtonDisabled() const { return pick(0xA8D9BD, 0x9BC7AE); }
    [[nodiscard]] QColor secondaryButton() const { return pick(0xF0F0F0, 0xFFFFFF); }
    [[nodiscard]] QColor secondaryButtonHover() const { return pick(0xE8E8E8, 0xF2F2F2); }
    [[nodiscard]] QColor secondaryButtonText() const { return pick(0x05703A, 0x045C2D); }
    [[nodiscard]] QColor fieldBackground() const { return pick(0xFFFFFF, 0xFFFFFF); }
    [[nodiscard]] QColor fieldBorder() const { return pick(0x949494, 0x595959); }
    [[nodiscard]] QColor fieldBorderFocus() const { return pick(0x07C160, 0x045C2D); }
    [[nodiscard]] QColor focusRing() const { return pick(0x067A3E, 0x045C2D); }
    [[nodiscard]] QColor railFocusRing() const { return pick(0x2BD67B, 0x5BE89A); }
    [[nodiscard]] QColor selectionBackground() const { return pick(0x067A3E, 0x045C2D); }
    [[nodiscard]] QColor errorText() const { return pick(0xC62828, 0x8E1515); }
    [[nodiscard]] QColor errorBackground() const { return pick(0xFDECEC, 0xFFFFFF); }
    [[nodiscard]] QColor errorBorder() const { return pick(0xF2B8B8, 0x8E1515); }
    [[nodiscard]] QColor warningBackground() const { return pick(0xFFF6E5, 0xFFFFFF); }
    [[nodiscard]] QColor warningBorder() const { return pick(0xF5C26B, 0x7A4A00); }
    [[nodiscard]] QColor infoBackground() const { return pick(0xEEF8F2, 0xFFFFFF); }
    [[nodiscard]] QColor emptyStateIcon() const { return pick(0x6B6B6B, 0x4D4D4D); }
    [[nodiscard]] QColor sliderTrack() const { return pick(0x949494, 0x6B6B6B); }
    [[nodiscard]] QColor switchOff() const { return pick(0x8A8A8A, 0x595959); }
    [[nodiscard]] QColor tooltipBackground() const { return pick(0x333333, 0x000000); }
    [[nodiscard]] QColor tooltipText() const { return pick(0xFFFFFF, 0xFFFFFF); }

    // Backgrounds behind a person's initial (white text reads on each); QML indexes the
    // palette with avatarIndex(name) so the binding follows care mode.
    [[nodiscard]] QVariantList avatarPalette() const;
    Q_INVOKABLE int avatarIndex(const QString &name) const;
    // The coloured tile behind a feature icon in a list row, by icon name (moments, scan, …);
    // "default" for any other.
    [[nodiscard]] QVariantMap tileColors() const;
    // WCAG 2 contrast ratio between two opaque colours (1 to 21).
    [[nodiscard]] static qreal contrastRatio(const QColor &a, const QColor &b);

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] int text(int base) const;
    [[nodiscard]] int control(int base) const;
    [[nodiscard]] int layout(int base) const;
    [[nodiscard]] QColor pick(QRgb normal, QRgb care) const;
    // Darkens a colour until white text on it reaches the mode's contrast target.
    [[nodiscard]] QColor underWhiteText(QColor color) const;

    qreal m_scale = 1.0;
    bool m_careMode = false;
    QString m_fontFamily;
    QString m_monospaceFamily;
};

} // namespace teahouse::ui

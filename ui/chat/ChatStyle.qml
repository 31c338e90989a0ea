pragma Singleton
import QtQuick
import Teahouse.Ui
import Teahouse.Chat

// The chat's own colours and measures, all derived from the Theme so care mode reaches them:
// bubbles, badges, highlights. Sizes are Theme sizes or fractions of them, never pixels.
QtObject {
    // WeChat's green bubble for my messages, white for others'; dark text reads on both
    // (contrast over 12:1), care mode adds a border so the bubble edge stays visible.
    readonly property color bubbleMine: Theme.careMode ? "#7ED957" : "#95EC69"
    readonly property color bubbleMineHover: Theme.careMode ? "#6FCB48" : "#89D961"
    readonly property color bubbleTheirs: Theme.cardBackground
    readonly property color bubbleTheirsHover: "#F2F2F2"
    readonly property color bubbleBorder: Theme.careMode ? Theme.textSecondary : "transparent"
    readonly property color bubbleText: Theme.textPrimary
    readonly property color messageArea: Theme.pageBackground
    readonly property color composerBackground: Theme.contentBackground
    // Unread count: white on a red that passes 4.5:1 (WeChat's #FA5151 does not).
    readonly property color badge: Theme.careMode ? "#A31515" : "#D32F2F"
    readonly property color badgeText: Theme.textOnAccent
    readonly property color mutedDot: Theme.careMode ? "#A31515" : "#D32F2F"
    readonly property color pinnedRow: Theme.careMode ? "#E2E2E2" : "#E8E8E8"
    // Search matches and the message a search jumped to.
    readonly property color match: Theme.careMode ? "#FFD54F" : "#FFE58A"
    readonly property color jumpHighlight: Theme.careMode ? "#FFE082" : "#FFF3C4"
    readonly property color mention: Theme.textLink
    readonly property color draftMarker: Theme.errorText
    readonly property color tickRead: Theme.textLink
    readonly property color systemNotice: Theme.textSecondary
    readonly property color quoteBackground: Theme.careMode ? "#E6E6E6" : "#EBEBEB"
    readonly property color overlay: "#CC000000"
    // Behind the members' pictures of a group without its own (WeChat's light grey).
    readonly property color groupAvatarBackground: Theme.careMode ? "#D0D0D0" : "#DDDEE0"

    readonly property int bubblePadding: Theme.spacingSmall + Theme.spacingTiny / 2
    readonly property int bubbleRadius: Theme.radiusMedium
    // A bubble takes at most this share of the message area.
    readonly property real bubbleWidthShare: 0.66
    readonly property int thumbnailMaxWidth: Theme.avatarSizeLarge * 4
    readonly property int thumbnailMaxHeight: Theme.avatarSizeLarge * 4
    readonly property int fileCardWidth: Theme.avatarSizeLarge * 4
    readonly property int badgeSize: Theme.iconSizeSmall + Theme.spacingTiny
    readonly property int dotSize: Theme.spacingSmall + Theme.spacingTiny / 2
    readonly property int composerHeight: Theme.headerHeight * 3
    readonly property int sidePanelWidth: Theme.listColumnWidth
}

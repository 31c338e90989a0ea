import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Services

// "Ask family to fill this" in a chat bubble (the chat's card delegate for <city-form/>,
// registered by the app's ServicesFeature): a request to fill in a form, with Open for the
// family member, or the filled form sent back, with "Review and submit" for the applicant.
Rectangle {
    id: root

    // Given by the chat's card loader.
    property var context: null // features.services (ServicesController)
    property string cardXml
    property bool outgoing: false
    property string senderJid

    property int revision: 0
    readonly property var card: {
        revision
        Qt.uiLanguage // the texts come from C++ tr(): read again in a new language
        return context && cardXml.length > 0 ? context.cardInfo(cardXml, outgoing, senderJid) : ({})
    }
    readonly property bool isReply: card.type === "reply"

    objectName: "services.card"
    implicitWidth: Theme.formWidth * 0.6
    implicitHeight: column.height + 2 * Theme.spacingLarge
    radius: Theme.radiusMedium
    color: Theme.cardBackground
    border.width: Theme.careMode ? Theme.focusWidth : Theme.borderWidth
    border.color: Theme.accent
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text + ", " + status.text

    Connections {
        target: root.context
        function onHelpRequestsChanged() { root.revision++ }
        function onDraftsChanged() { root.revision++ }
        function onContactsChanged() { root.revision++ }
    }

    // Positioners, not layouts: the wrapped title changes height as the bubble is sized.
    Column {
        id: column

        x: Theme.spacingLarge
        y: Theme.spacingLarge
        width: root.width - 2 * Theme.spacingLarge
        spacing: Theme.spacingSmall

        Row {
            width: parent.width
            spacing: Theme.spacingMedium

            Icon {
                id: icon

                name: root.isReply ? "check" : "city-services"
                size: Theme.iconSizeLarge
                color: Theme.accentIcon
            }
            Label {
                id: title

                objectName: "services.card.title"
                width: parent.width - icon.width - parent.spacing
                text: root.card.title || ""
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeBody
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
            }
        }
        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.separator
        }
        Label {
            id: status

            objectName: "services.card.state"
            width: parent.width
            text: root.card.stateText || ""
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
            wrapMode: Text.Wrap
        }
        PrimaryButton {
            objectName: "services.card.open"
            visible: (root.card.buttonText || "") !== ""
            text: root.card.buttonText || ""
            accessibleDescription: title.text
            onClicked: root.context.openCard(root.cardXml, root.outgoing, root.senderJid)
        }
    }
}

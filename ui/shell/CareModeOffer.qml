import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// The one-time question on first start: use care mode? Written large, with a button that
// reads it aloud, because the people who need care mode are the ones who can't read small
// print. Either answer is remembered (Settings → Care mode changes it later).
Popup {
    id: root

    required property Preferences preferences

    readonly property string question: qsTr("Would you like larger text?")
    readonly property string explanation: qsTr("Care mode makes text larger, colours stronger and buttons bigger, and can read messages aloud. You can change this later in Settings.")

    objectName: "care.offer"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingXLarge : Theme.formWidth,
                    Theme.formWidth * 1.3)
    modal: true
    dim: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacingXLarge
    visible: preferences.careModeOfferPending

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.cardBackground
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingLarge
        // (Popup is not an Item: the dialog's accessible identity sits on its content.)
        Accessible.role: Accessible.Dialog
        Accessible.name: root.question
        Accessible.description: root.explanation

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: Theme.iconSizeLarge
                implicitHeight: Theme.iconSizeLarge
                radius: Theme.radiusMedium
                color: Theme.tileColors["care"]

                Icon {
                    anchors.centerIn: parent
                    name: "care"
                    color: Theme.textOnAccent
                }
            }

            Label {
                objectName: "care.offer.title"
                Layout.fillWidth: true
                text: root.question
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeHeadline
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SpeakButton {
                objectName: "care.offer.readAloud"
                Layout.alignment: Qt.AlignTop
                speechText: root.question + " " + root.explanation
                accessibleName: qsTr("Read this question aloud")
            }
        }

        Label {
            Layout.fillWidth: true
            text: root.explanation
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeSubtitle
            wrapMode: Text.Wrap
            lineHeight: 1.2
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            spacing: Theme.spacingMedium
            layoutDirection: Qt.RightToLeft

            PrimaryButton {
                id: acceptButton

                objectName: "care.offer.accept"
                text: qsTr("Use care mode")
                focus: true
                onClicked: root.preferences.answerCareModeOffer(true)
            }

            SecondaryButton {
                objectName: "care.offer.decline"
                text: qsTr("Not now")
                onClicked: root.preferences.answerCareModeOffer(false)
            }
        }
    }
}

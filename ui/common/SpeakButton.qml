import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// A speaker button that reads `speechText` aloud with ReadAloud, in a voice for its language,
// and stops it on a second click. Put one next to each text message or article:
//   SpeakButton { objectName: "chat.message.speak"; speechText: model.body; languageHint: model.lang }
// It hides itself when no speech engine is installed and shows a stop glyph while its text is
// being read.
AbstractButton {
    id: control

    // The text to read, exactly as shown to the user.
    property string speechText
    // Its language if known (a message's xml:lang, "zh_CN"); empty: guessed from the text.
    property string languageHint
    // What the text is, for screen readers: "Read message aloud" by default.
    property string accessibleName: qsTr("Read aloud")
    property int iconSize: Theme.iconSize

    readonly property bool reading: ReadAloud.speaking && ReadAloud.text === speechText.trim()
    readonly property bool failed: ReadAloud.state === ReadAloud.Error
                                   && ReadAloud.text === speechText.trim()

    visible: ReadAloud.available
    enabled: speechText.trim().length > 0
    implicitWidth: Math.max(Theme.minimumHitSize, iconSize + 2 * Theme.spacingSmall)
    implicitHeight: implicitWidth
    padding: 0
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    text: reading ? qsTr("Stop reading") : accessibleName

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: failed ? ReadAloud.errorString : ""
    Accessible.onPressAction: control.clicked()

    ToolTip.visible: hovered || (failed && visualFocus)
    ToolTip.delay: 500
    ToolTip.text: failed ? ReadAloud.errorString : text

    onClicked: ReadAloud.toggle(speechText, languageHint)

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: control.reading ? "speaker-stop" : "speaker"
            size: control.iconSize
            color: !control.enabled ? Theme.textDisabled
                 : control.failed ? Theme.errorText
                 : control.reading ? Theme.textPrimary : Theme.textSecondary
        }
    }

    background: Rectangle {
        radius: Theme.radiusMedium
        color: control.down || control.hovered ? Theme.listHover : "transparent"

        FocusRing {
            shown: control.visualFocus
        }
    }
}

import QtQuick
import Teahouse.Ui
import Teahouse.Shell

// Care mode's app-wide parts that are not a page: the read-aloud options handed from the
// preferences to ReadAloud (so a feature only calls ReadAloud.announceIncoming), and the
// first-start question. Main.qml holds one.
Item {
    id: root

    required property Preferences preferences

    Binding {
        target: ReadAloud
        property: "readIncoming"
        value: root.preferences.readIncomingAloud
    }

    Binding {
        target: ReadAloud
        property: "quiet"
        value: root.preferences.quietMode
    }

    // Latin-script text is read with a voice for the UI language.
    Binding {
        target: ReadAloud
        property: "uiLanguage"
        value: Qt.uiLanguage.length > 0 ? Qt.uiLanguage : Qt.locale().name
    }

    CareModeOffer {
        preferences: root.preferences
    }
}

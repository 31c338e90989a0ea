import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// One line saying what the connection is doing, in plain words, with a coloured dot.
RowLayout {
    id: root

    required property SessionController session
    property string fallbackServer

    readonly property string text: {
        const server = session.serverName.length > 0 ? session.serverName : fallbackServer
        switch (session.state) {
        case SessionController.Connecting:
            return server.length > 0 ? qsTr("Connecting to %1…").arg(server)
                                     : qsTr("Connecting…")
        case SessionController.Authenticating:
            return qsTr("Checking your password…")
        case SessionController.Registering:
            return qsTr("Creating your account…")
        case SessionController.Online:
            return qsTr("Online")
        case SessionController.Reconnecting:
            return qsTr("Connection lost. Reconnecting…")
        default:
            return session.hasAccount ? qsTr("Offline") : qsTr("Not connected")
        }
    }

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        implicitWidth: Theme.spacingSmall
        implicitHeight: Theme.spacingSmall
        radius: width / 2
        color: root.session.state === SessionController.Online ? Theme.accent
             : root.session.busy ? Theme.warningBorder : Theme.switchOff
    }

    Label {
        Layout.fillWidth: true
        text: root.text
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
}

import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell

// Wallet: balance and payments. Empty until the payment feature lands.
Rectangle {
    id: root

    required property Navigation navigation
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features

    color: Theme.contentBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: qsTr("Wallet")
        }

        EmptyState {
            objectName: "wallet.empty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "wallet"
            title: qsTr("Your wallet is empty")
            body: qsTr("Your balance and payments appear here. Pay a shop by scanning its QR code.")
            actionText: qsTr("Scan to pay")
            actionObjectName: "wallet.scanToPay"
            onActionClicked: root.navigation.openDiscoverPage(Navigation.Scan)
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Shell
import Teahouse.Pay

// Wallet: balance, bills and the pay flow from the pay feature (features.pay, a PayController).
// Without an account it shows the empty state.
Rectangle {
    id: root

    required property Navigation navigation
    // features.<key>: the controllers of the features (see Main.qml).
    required property var features
    readonly property PayController pay: root.features && root.features.pay
                                         && root.features.pay.ready ? root.features.pay : null

    color: Theme.contentBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: root.pay && root.pay.stage !== PayController.Idle
                   ? (root.pay.isTransfer ? qsTr("Transfer") : qsTr("Pay")) : qsTr("Wallet")
        }

        Loader {
            active: root.pay !== null
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: WalletView {
                objectName: "wallet.view"
                controller: root.pay
                openScanner: function() { root.navigation.openDiscoverPage(Navigation.Scan) }
            }
        }

        EmptyState {
            objectName: "wallet.empty"
            visible: root.pay === null
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

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// The wallet with an account: balance, actions, bills with filters; and the pages of the pay
// flow (confirmation + PIN, result), receive money, PIN setup and a receipt's details.
Item {
    id: root

    required property PayController controller
    // Called with no argument to open the scanner (the shell's navigation).
    property var openScanner: function() {}

    // Pages that are not part of the pay flow.
    property string page: "home"
    property var receipt: ({})
    readonly property int pageIndex: controller.stage === PayController.Confirm
                                     || controller.stage === PayController.Pin
                                     || controller.stage === PayController.Sending ? 1
                                   : controller.stage === PayController.Result ? 2
                                   : page === "receive" ? 3
                                   : page === "pin" ? 4
                                   : page === "receipt" ? 5
                                   : page === "service" ? 6 : 0

    onPageChanged: {
        if (page === "service")
            serviceField.text = controller.serviceJid
    }

    Connections {
        target: root.controller
        function onPageRequested(page, transactionId) {
            if (page === "receipt" || page === "refund") {
                root.showReceipt(transactionId)
                receiptPage.asking = page === "refund"
            } else {
                root.page = page
            }
        }
    }

    function showReceipt(transactionId) {
        root.receipt = root.controller.receipt(transactionId)
        root.page = "receipt"
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: root.pageIndex

        // 0: home
        ScrollView {
            id: home
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: Math.min(home.availableWidth, Theme.contentMaxWidth)
                x: (home.availableWidth - width) / 2
                spacing: Theme.spacingLarge

                Item { Layout.preferredHeight: Theme.spacingSmall }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    Layout.rightMargin: Theme.spacingXLarge
                    implicitHeight: balanceColumn.implicitHeight + 2 * Theme.spacingXLarge
                    radius: Theme.radiusLarge
                    color: Theme.accent

                    ColumnLayout {
                        id: balanceColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingXLarge
                        spacing: Theme.spacingSmall

                        Label {
                            text: qsTr("Balance")
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontSizeBody
                        }
                        Label {
                            objectName: "wallet.balance"
                            text: root.controller.balanceText
                            Accessible.name: qsTr("Balance %1").arg(text)
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontSizeHeadline * 1.3
                            font.weight: Theme.fontWeightStrong
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall
                            Label {
                                Layout.fillWidth: true
                                text: root.controller.online
                                      ? qsTr("Payment service: %1").arg(root.controller.serviceJid)
                                      : qsTr("Not connected to the payment service %1").arg(root.controller.serviceJid)
                                color: Theme.textOnAccent
                                opacity: 0.85
                                font.pixelSize: Theme.fontSizeCaption
                                wrapMode: Text.WrapAnywhere
                            }
                            AbstractButton {
                                id: changeService
                                objectName: "wallet.service"
                                text: qsTr("Change")
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Change the payment service")
                                hoverEnabled: true
                                padding: Theme.spacingTiny
                                onClicked: root.page = "service"
                                contentItem: Label {
                                    text: changeService.text
                                    color: Theme.textOnAccent
                                    font.pixelSize: Theme.fontSizeCaption
                                    font.underline: true
                                    font.weight: Theme.fontWeightStrong
                                }
                                background: Rectangle {
                                    color: changeService.hovered ? "#33ffffff" : "transparent"
                                    radius: Theme.radiusSmall
                                }
                            }
                        }
                        Flow {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacingMedium
                            spacing: Theme.spacingSmall
                            SecondaryButton {
                                objectName: "wallet.scanToPay"
                                text: qsTr("Scan to pay")
                                onClicked: root.openScanner()
                            }
                            SecondaryButton {
                                objectName: "wallet.receive"
                                text: qsTr("Receive money")
                                onClicked: root.page = "receive"
                            }
                            SecondaryButton {
                                objectName: "wallet.pin"
                                text: root.controller.pinSet ? qsTr("Change PIN") : qsTr("Set PIN")
                                onClicked: root.page = "pin"
                            }
                            SecondaryButton {
                                objectName: "wallet.refresh"
                                text: qsTr("Refresh")
                                enabled: root.controller.online
                                onClicked: root.controller.refresh()
                            }
                        }
                    }
                }

                Banner {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    Layout.rightMargin: Theme.spacingXLarge
                    objectName: "wallet.pinMissing"
                    visible: !root.controller.pinSet
                    kind: Banner.Warning
                    text: qsTr("Set a six-digit payment PIN before your first payment.")
                }
                Banner {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    Layout.rightMargin: Theme.spacingXLarge
                    objectName: "wallet.locked"
                    visible: root.controller.pinLocked
                    kind: Banner.Error
                    text: root.controller.pinMessage
                }
                Banner {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    Layout.rightMargin: Theme.spacingXLarge
                    objectName: "wallet.codeError"
                    visible: root.controller.errorText.length > 0
                             && root.controller.stage === PayController.Idle
                    kind: Banner.Error
                    text: root.controller.errorText
                }

                SectionTitle {
                    Layout.leftMargin: Theme.spacingXLarge
                    text: qsTr("Bills")
                }

                Flow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    Layout.rightMargin: Theme.spacingXLarge
                    spacing: Theme.spacingSmall

                    ChoiceBox {
                        objectName: "wallet.filter.direction"
                        width: Theme.controlMinimumWidth * 1.4
                        accessibleName: qsTr("Show")
                        model: [qsTr("All"), qsTr("Spent"), qsTr("Received")]
                        currentIndex: root.controller.bills.direction
                        onActivated: (i) => root.controller.bills.direction = i
                    }
                    ChoiceBox {
                        objectName: "wallet.filter.month"
                        width: Theme.controlMinimumWidth * 1.4
                        accessibleName: qsTr("Month")
                        model: [qsTr("Any month")].concat(root.controller.bills.months)
                        onActivated: (i) => root.controller.bills.month = i === 0 ? ""
                                               : root.controller.bills.months[i - 1]
                    }
                    SearchField {
                        objectName: "wallet.filter.search"
                        width: Theme.formWidth * 0.6
                        placeholderText: qsTr("Search bills")
                        onTextChanged: root.controller.bills.search = text
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXLarge
                    objectName: "wallet.noBills"
                    visible: root.controller.bills.count === 0
                    text: qsTr("No bills yet. Payments, refunds and transfers appear here.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: Text.Wrap
                }

                Repeater {
                    model: root.controller.bills
                    delegate: ItemDelegate {
                        id: bill
                        required property int index
                        required property string transactionId
                        required property string counterpartyName
                        required property string kindText
                        required property string timeText
                        required property string amountText
                        required property bool isExpense
                        required property string note
                        required property string refundState
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacingXLarge
                        Layout.rightMargin: Theme.spacingXLarge
                        objectName: "wallet.bill." + index
                        Accessible.name: qsTr("%1, %2, %3").arg(counterpartyName).arg(amountText).arg(timeText)
                        implicitHeight: Math.max(Theme.listItemHeight, billRow.implicitHeight + 2 * Theme.spacingMedium)
                        onClicked: root.showReceipt(transactionId)
                        background: Rectangle {
                            color: bill.hovered ? Theme.listHover : Theme.cardBackground
                            radius: Theme.radiusSmall
                        }
                        contentItem: RowLayout {
                            id: billRow
                            spacing: Theme.spacingMedium
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingTiny
                                Label {
                                    Layout.fillWidth: true
                                    text: bill.counterpartyName
                                    font.pixelSize: Theme.fontSizeBody
                                    font.weight: Theme.fontWeightStrong
                                    color: Theme.textPrimary
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: bill.kindText
                                          + (bill.refundState === "refunded" ? " · " + qsTr("refunded")
                                             : bill.refundState === "requested" ? " · " + qsTr("refund requested")
                                             : "")
                                          + " · " + bill.timeText
                                          + (bill.note.length > 0 && bill.note !== bill.counterpartyName
                                             ? " · " + bill.note : "")
                                    font.pixelSize: Theme.fontSizeCaption
                                    color: Theme.textSecondary
                                    elide: Text.ElideRight
                                }
                            }
                            Label {
                                text: bill.amountText
                                font.pixelSize: Theme.fontSizeSubtitle
                                font.weight: Theme.fontWeightStrong
                                color: bill.isExpense ? Theme.textPrimary : Theme.accent
                            }
                        }
                    }
                }

                Item { Layout.preferredHeight: Theme.spacingXLarge }
            }
        }

        // 1: confirmation and PIN
        ConfirmPage { controller: root.controller }
        // 2: result
        ResultPage { controller: root.controller }
        // 3: receive money
        ReceivePage {
            controller: root.controller
            onDone: root.page = "home"
        }
        // 4: set / change PIN
        PinSetupPage {
            controller: root.controller
            onDone: root.page = "home"
        }
        // 5: a receipt
        ReceiptPage {
            id: receiptPage
            controller: root.controller
            receipt: root.receipt
            onDone: root.page = "home"
        }
        // 6: the payment service (account setting pay.service)
        ScrollPage {
            Card {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Payment service")
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Theme.fontWeightStrong
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The XMPP address of the service that holds your balance and makes your payments. Leave it empty to use pay@ your server.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                    wrapMode: Text.Wrap
                }
                FormField {
                    id: serviceField
                    Layout.fillWidth: true
                    label: qsTr("Service address")
                    inputObjectName: "pay.service.address"
                    placeholderText: qsTr("pay.example.org or pay@example.org")
                    error: root.page === "service" ? root.controller.errorText : ""
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingMedium
                    SecondaryButton {
                        objectName: "pay.service.back"
                        text: qsTr("Back")
                        onClicked: {
                            root.controller.cancel()
                            root.page = "home"
                        }
                    }
                    Item { Layout.fillWidth: true }
                    PrimaryButton {
                        objectName: "pay.service.save"
                        text: qsTr("Save")
                        onClicked: {
                            if (root.controller.setServiceAddress(serviceField.text))
                                root.page = "home"
                        }
                    }
                }
            }
        }
    }
}

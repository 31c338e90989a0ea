import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Pay

// Sets the payment PIN, or changes it (the old PIN first). Six digits, typed twice.
ScrollPage {
    id: root

    required property PayController controller
    readonly property bool changing: controller.pinSet
    // 0: old PIN (when changing), 1: new PIN, 2: the new PIN again
    property int step: changing ? 0 : 1
    property string oldPin
    property string newPin

    signal done()

    function reset() {
        root.step = root.changing ? 0 : 1
        root.oldPin = ""
        root.newPin = ""
    }

    Card {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: root.changing ? qsTr("Change the payment PIN") : qsTr("Set a payment PIN")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Theme.fontWeightStrong
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Every payment asks for this PIN. After five wrong tries, payments are locked for 15 minutes.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
            wrapMode: Text.Wrap
        }
        PinPad {
            id: pad
            Layout.fillWidth: true
            prefix: "pay.setpin"
            focus: true
            title: root.step === 0 ? qsTr("Current PIN")
                 : root.step === 1 ? qsTr("New PIN") : qsTr("New PIN again")
            message: root.controller.pinLocked ? root.controller.pinMessage : root.controller.errorText
            onEntered: (pin) => {
                if (root.step === 0) {
                    root.oldPin = pin
                    root.step = 1
                } else if (root.step === 1) {
                    root.newPin = pin
                    root.step = 2
                } else {
                    const ok = root.changing
                             ? root.controller.changePin(root.oldPin, root.newPin, pin)
                             : root.controller.setPin(root.newPin, pin)
                    root.reset()
                    if (ok)
                        root.done()
                }
            }
        }
        SecondaryButton {
            Layout.alignment: Qt.AlignHCenter
            objectName: "pay.setpin.cancel"
            text: qsTr("Cancel")
            onClicked: { root.reset(); root.done() }
        }
    }
}

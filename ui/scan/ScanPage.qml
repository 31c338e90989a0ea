import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Scan

// The Scan page (Discover → Scan): the viewfinder or a clear "no camera" state, and the other
// ways in — an image file, the clipboard, a dropped image, a region of the screen. Then the
// picker when a picture held several codes, or the result page of the one code.
Item {
    id: root

    required property ScanController controller

    readonly property bool showingResult: controller.state === ScanController.Results
                                          && controller.currentIndex >= 0
    readonly property bool picking: controller.state === ScanController.Results
                                    && controller.currentIndex < 0

    objectName: "scan.page"

    // Leaving the page turns the camera off.
    Component.onDestruction: controller.stopCamera()

    DropArea {
        id: dropArea

        anchors.fill: parent
        onDropped: drop => {
            let bytes = new ArrayBuffer(0);
            for (const format of ["image/png", "image/jpeg", "image/bmp", "image/gif"]) {
                if (drop.formats.indexOf(format) >= 0) {
                    bytes = drop.getDataAsArrayBuffer(format);
                    break;
                }
            }
            root.controller.scanDropped(drop.urls, bytes, drop.hasText ? drop.text : "");
            drop.accept();
        }
    }

    Loader {
        anchors.fill: parent
        sourceComponent: root.showingResult ? resultComponent
                       : root.picking ? pickerComponent : startComponent
    }

    Component {
        id: startComponent

        ScanStartView {
            controller: root.controller
            dropHovered: dropArea.containsDrag
            onOpenFileRequested: fileDialog.open()
            onScreenRequested: {
                if (root.controller.grabScreen())
                    regionPicker.showFullScreen();
            }
        }
    }

    Component {
        id: pickerComponent

        ScanPicker {
            controller: root.controller
        }
    }

    Component {
        id: resultComponent

        ScanResultView {
            controller: root.controller
            result: root.controller.current
        }
    }

    FileDialog {
        id: fileDialog

        objectName: "scan.fileDialog"
        title: qsTr("Choose a picture with a QR code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: root.controller.scanFile(selectedFile)
    }

    RegionPicker {
        id: regionPicker

        controller: root.controller
    }
}

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Teahouse.Ui
import Teahouse.Services

// One row of a service form's page: a section heading, a paragraph, or a field of any
// XEP-0004 type with its label, a "required" mark, its image (XEP-0221), what to type, the
// My info value it can be filled with (only on the person's say-so) and, when the value is
// refused (XEP-0122), why in plain words.
ColumnLayout {
    id: root

    required property FormController form
    required property int index
    required property string kind
    required property string fieldVar
    required property string fieldType
    required property string label
    required property string desc
    required property bool required
    required property string value
    required property var values
    required property var options
    required property string problem
    required property string image
    required property string datatype
    required property string hint
    required property string myInfoKey
    required property string myInfoPreview
    required property bool first
    // Enter in a one-line field moves the form on (next page or submit).
    signal submitRequested()

    readonly property string baseName: "services.field." + fieldVar
    readonly property bool isInput: kind === "field" && fieldType !== "fixed"
    // A picture: chosen or dropped, shown, uploaded (XEP-0363); its URL is the value.
    readonly property bool isPhoto: kind === "field" && datatype === "x:image-url"
                                    && fieldType !== "fixed"
    readonly property var photo: form.photos[fieldVar] || null
    readonly property bool isLine: !isPhoto && (fieldType === "text-single"
                                   || fieldType === "text-private" || fieldType === "jid-single")

    function focusInput() {
        if (photoChoose.visible) photoChoose.forceActiveFocus()
        else if (lineEntry.visible) lineEntry.forceActiveFocus()
        else if (multiEntry.visible) multiEntry.forceActiveFocus()
        else if (choice.visible) choice.forceActiveFocus()
        else if (toggle.visible) toggle.forceActiveFocus()
        else if (checks.visible && checks.children.length > 0) checks.children[0].forceActiveFocus()
    }

    spacing: Theme.spacingTiny

    // Section heading.
    Label {
        objectName: "services.section." + root.index
        visible: root.kind === "section"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingMedium
        text: root.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSubtitle
        font.weight: Theme.fontWeightStrong
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // Paragraph (a page's or a section's text, a fixed field).
    Label {
        visible: root.kind === "text" || root.kind === "section" && root.desc !== ""
                 || root.fieldType === "fixed"
        Layout.fillWidth: true
        text: root.fieldType === "fixed" ? (root.label !== "" ? root.label + ": " : "") + root.values.join("\n")
                                         : root.desc
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeBody
        color: root.fieldType === "fixed" ? Theme.textPrimary : Theme.textSecondary
    }

    // Label with the required mark.
    Label {
        id: fieldLabel
        visible: root.isInput && root.fieldType !== "boolean"
        Layout.fillWidth: true
        text: root.label + (root.required ? " <font color=\"" + Theme.errorText + "\">*</font>" : "")
        textFormat: Text.StyledText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeBody
        font.weight: Theme.fontWeightStrong
        color: Theme.textPrimary
        Accessible.ignored: true
    }

    Image {
        objectName: root.baseName + ".image"
        visible: root.image !== ""
        source: root.image
        Layout.preferredWidth: Math.min(sourceSize.width * Theme.scale, root.width)
        Layout.preferredHeight: sourceSize.width > 0 ? Layout.preferredWidth * sourceSize.height / sourceSize.width : 0
        fillMode: Image.PreserveAspectFit
        smooth: false
        Accessible.role: Accessible.Graphic
        Accessible.name: root.label
    }

    TextEntry {
        id: lineEntry
        objectName: root.baseName
        visible: root.isInput && root.isLine
        Layout.fillWidth: true
        text: root.value
        revealable: root.fieldType === "text-private"
        invalid: root.problem !== ""
        placeholderText: root.hint !== "" ? root.hint
                         : root.fieldType === "jid-single" ? qsTr("name@example.org") : ""
        accessibleName: root.label + (root.required ? ", " + qsTr("required") : "")
        accessibleDescription: root.problem !== "" ? root.problem : root.desc
        inputMethodHints: root.datatype === "xs:integer" || root.datatype === "xs:decimal"
                          ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
        onTextEdited: root.form.setValue(root.fieldVar, text)
        onAccepted: root.submitRequested()
    }

    DropArea {
        id: photoDrop
        objectName: root.baseName + ".drop"
        visible: root.isInput && root.isPhoto
        Layout.fillWidth: true
        implicitHeight: photoBox.implicitHeight
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                root.form.attachPhoto(root.fieldVar, drop.urls[0])
                drop.accept()
            }
        }

        Rectangle {
            id: photoBox
            width: parent.width
            implicitHeight: photoRow.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radiusMedium
            color: photoDrop.containsDrag ? Theme.selectionBackground : Theme.fieldBackground
            border.width: photoDrop.containsDrag ? Theme.focusWidth : Theme.borderWidth
            border.color: root.problem !== "" || (root.photo && root.photo.state === "failed")
                          ? Theme.errorText
                          : photoDrop.containsDrag ? Theme.fieldBorderFocus : Theme.fieldBorder

            // Positioners, not layouts: the wrapped status text would make a layout loop.
            Row {
                id: photoRow
                x: Theme.spacingMedium
                y: Theme.spacingMedium
                width: parent.width - 2 * Theme.spacingMedium
                spacing: Theme.spacingMedium

                Item {
                    id: photoThumb
                    width: Theme.iconSizeHuge * 2
                    height: Theme.iconSizeHuge * 2

                    Image {
                        objectName: root.baseName + ".preview"
                        anchors.fill: parent
                        visible: root.photo !== null && root.photo.preview !== ""
                        source: root.photo ? root.photo.preview : ""
                        fillMode: Image.PreserveAspectFit
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Preview of %1").arg(root.photo ? root.photo.name : "")
                    }
                    Icon {
                        anchors.centerIn: parent
                        visible: !(root.photo !== null && root.photo.preview !== "")
                        name: "plus"
                        size: Theme.iconSizeLarge
                        color: Theme.textSecondary
                    }
                }
                Column {
                    width: parent.width - photoThumb.width - parent.spacing
                    spacing: Theme.spacingSmall
                    Label {
                        objectName: root.baseName + ".status"
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        color: root.photo && root.photo.state === "failed" ? Theme.errorText
                                                                            : Theme.textPrimary
                        text: {
                            const p = root.photo
                            if (p && p.state === "uploading")
                                return qsTr("Uploading %1 … %2 %").arg(p.name).arg(Math.round(p.progress * 100))
                            if (p && p.state === "failed")
                                return p.error
                            if (p && p.state === "done")
                                return qsTr("%1 is attached.").arg(p.name)
                            if (root.value !== "")
                                return qsTr("A picture is attached (%1).").arg(root.value.substring(root.value.lastIndexOf("/") + 1))
                            return qsTr("Drop a picture here, or choose one.")
                        }
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    ProgressBar {
                        visible: root.photo !== null && root.photo.state === "uploading"
                        width: parent.width
                        from: 0
                        to: 1
                        value: root.photo ? root.photo.progress : 0
                        Accessible.name: qsTr("Upload progress")
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.spacingSmall
                        SecondaryButton {
                            id: photoChoose
                            objectName: root.baseName + ".choose"
                            text: root.value !== "" || root.photo ? qsTr("Choose another…") : qsTr("Choose a picture…")
                            accessibleDescription: root.label + (root.required ? ", " + qsTr("required") : "")
                            onClicked: photoDialog.open()
                        }
                        SecondaryButton {
                            objectName: root.baseName + ".remove"
                            visible: root.value !== "" || root.photo !== null
                            text: qsTr("Remove")
                            accessibleDescription: qsTr("Remove the picture from %1").arg(root.label)
                            onClicked: root.form.removePhoto(root.fieldVar)
                        }
                    }
                }
            }
        }

        FileDialog {
            id: photoDialog
            title: root.label
            nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")]
            onAccepted: root.form.attachPhoto(root.fieldVar, selectedFile)
        }
    }

    // Several lines: text-multi, and jid-multi (one address per line).
    Rectangle {
        visible: root.isInput && (root.fieldType === "text-multi" || root.fieldType === "jid-multi")
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.controlHeightLarge * 2, multiEntry.implicitHeight)
        radius: Theme.radiusMedium
        color: Theme.fieldBackground
        border.width: multiEntry.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.problem !== "" ? Theme.errorText
                    : multiEntry.activeFocus ? Theme.fieldBorderFocus : Theme.fieldBorder

        TextArea {
            id: multiEntry
            objectName: root.baseName
            anchors.fill: parent
            text: root.values.join("\n")
            wrapMode: TextEdit.Wrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSizeBody
            placeholderText: root.fieldType === "jid-multi" ? qsTr("One address per line") : ""
            placeholderTextColor: Theme.textPlaceholder
            background: null
            // Tab leaves the box (as in every other field) rather than typing a tab.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
            Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            Accessible.name: root.label + (root.required ? ", " + qsTr("required") : "")
            Accessible.description: root.problem !== "" ? root.problem : root.desc
            onTextChanged: if (activeFocus) root.form.setValues(root.fieldVar, text === "" ? [] : text.split("\n"))
        }
    }

    ChoiceBox {
        id: choice
        objectName: root.baseName
        visible: root.isInput && root.fieldType === "list-single"
        Layout.fillWidth: true
        model: root.options
        textRole: "label"
        valueRole: "value"
        accessibleName: root.label + (root.required ? ", " + qsTr("required") : "")
        accessibleDescription: root.problem !== "" ? root.problem : root.desc
        currentIndex: root.options.findIndex(o => o.value === root.value)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        onActivated: root.form.setValue(root.fieldVar, currentValue)
        Keys.onReturnPressed: event => { if (!popup.visible) { root.submitRequested(); event.accepted = true } else event.accepted = false }
    }

    // list-multi: one check box per option.
    Column {
        id: checks
        visible: root.isInput && root.fieldType === "list-multi"
        Layout.fillWidth: true
        spacing: 0
        Repeater {
            model: root.fieldType === "list-multi" ? root.options : []
            delegate: CheckBox {
                id: check
                required property var modelData
                objectName: root.baseName + "." + modelData.value
                width: checks.width
                text: modelData.label
                font.pixelSize: Theme.fontSizeBody
                implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight)
                checked: root.values.indexOf(modelData.value) >= 0
                focusPolicy: Qt.StrongFocus
                Accessible.name: root.label + ": " + text
                onToggled: root.form.toggleValue(root.fieldVar, modelData.value, checked)
            }
        }
    }

    ToggleSwitch {
        id: toggle
        objectName: root.baseName
        visible: root.isInput && root.fieldType === "boolean"
        Layout.fillWidth: true
        text: root.label + (root.required ? " *" : "")
        font.pixelSize: Theme.fontSizeBody
        checked: root.value === "1" || root.value === "true"
        accessibleDescription: root.problem !== "" ? root.problem : root.desc
        onToggled: root.form.setValue(root.fieldVar, checked ? "1" : "0")
        Keys.onReturnPressed: root.submitRequested()
    }

    // What to type, when the service says.
    Label {
        visible: root.isInput && root.desc !== "" && root.problem === ""
        Layout.fillWidth: true
        text: root.desc
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeCaption
        color: Theme.textSecondary
    }

    // Why the value is refused.
    RowLayout {
        visible: root.problem !== ""
        Layout.fillWidth: true
        spacing: Theme.spacingTiny
        Icon {
            Layout.alignment: Qt.AlignTop
            name: "warning"
            size: Theme.iconSizeSmall
            color: Theme.errorText
        }
        Label {
            objectName: root.baseName + ".problem"
            Layout.fillWidth: true
            text: root.problem
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeCaption
            color: Theme.errorText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // My info: shown, never filled without a click.
    RowLayout {
        visible: root.isInput && root.myInfoPreview !== ""
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Label {
            Layout.fillWidth: true
            text: qsTr("From My info: %1").arg(root.myInfoPreview)
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSizeCaption
            color: Theme.textSecondary
        }
        SecondaryButton {
            objectName: root.baseName + ".useMyInfo"
            text: qsTr("Use")
            accessibleDescription: qsTr("Fill %1 with %2 from My info").arg(root.label).arg(root.myInfoPreview)
            onClicked: root.form.useMyInfo(root.fieldVar)
        }
    }
}

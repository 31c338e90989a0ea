import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teahouse.Ui

// An article in a list: title (bold while unread), account and date, a line of its text.
ItemDelegate {
    id: control

    required property var articleId
    required property string title
    required property string summary
    required property string accountTitle
    required property string date
    required property bool read
    property bool showAccount: false

    objectName: "articles.article." + articleId
    implicitHeight: column.implicitHeight + topPadding + bottomPadding
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingMedium
    bottomPadding: Theme.spacingMedium
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: read ? title : qsTr("Unread: %1").arg(title)
    Accessible.description: summary
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        color: control.hovered ? Theme.listHover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.spacingLarge
            height: 1
            color: Theme.separator
        }
    }

    contentItem: ColumnLayout {
        id: column
        spacing: Theme.spacingTiny

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Rectangle {
                visible: !control.read
                implicitWidth: Theme.spacingSmall
                implicitHeight: Theme.spacingSmall
                radius: width / 2
                color: Theme.accent
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: control.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontSizeSubtitle
                font.weight: control.read ? Theme.fontWeightBody : Theme.fontWeightStrong
            }
        }
        Label {
            Layout.fillWidth: true
            text: control.showAccount ? control.accountTitle + " · " + control.date : control.date
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeCaption
        }
        Label {
            Layout.fillWidth: true
            text: control.summary
            textFormat: Text.PlainText
            visible: text.length > 0
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeBody
        }
    }
}

import QtQuick
import QtQuick.Controls
import Teahouse.Ui
import Teahouse.Chat

// The emoji panel over the composer: the faces and signs people use most in chats.
Popup {
    id: root

    signal picked(string emoji)

    readonly property var emojis: [
        "😀", "😁", "😂", "🤣", "😊", "😇", "🙂", "😉", "😍", "😘", "😋", "😜",
        "🤔", "🤗", "🤭", "😎", "😏", "😴", "😅", "😓", "😢", "😭", "😤", "😡",
        "😱", "😳", "🥺", "😬", "🙄", "😌", "🥳", "🤩", "😷", "🤒", "🤝", "🙏",
        "👍", "👎", "👌", "✌️", "👏", "💪", "👋", "🙌", "❤️", "💔", "💯", "🔥",
        "🎉", "🎂", "🎁", "🌹", "🍵", "☕", "🍺", "🍻", "🧧", "🏮", "🀄", "🐶",
        "🐱", "🐼", "🌞", "🌙", "⭐", "☔", "⚡", "✅", "❌", "❓", "💤", "👀"
    ]
    readonly property int columns: Math.max(6, Math.min(12, Math.floor(
        ((parent ? parent.width : 0) - 2 * Theme.spacingLarge) / cell)))
    readonly property int cell: Theme.controlHeight

    objectName: "chat.emojiPicker"
    padding: Theme.spacingSmall
    width: columns * cell + 2 * padding
    height: Math.ceil(emojis.length / columns) * cell + 2 * padding
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent

    background: Rectangle {
        color: Theme.cardBackground
        radius: Theme.radiusMedium
        border.width: Theme.borderWidth
        border.color: Theme.separator
    }

    contentItem: Grid {
        columns: root.columns

        Repeater {
            model: root.emojis

            delegate: AbstractButton {
                id: cell

                required property string modelData
                required property int index

                objectName: "chat.emoji." + index
                width: root.cell
                height: root.cell
                text: modelData
                hoverEnabled: true
                Accessible.role: Accessible.Button
                Accessible.name: modelData
                onClicked: {
                    root.picked(modelData)
                    root.close()
                }

                contentItem: Text {
                    text: cell.modelData
                    font.pixelSize: Theme.fontSizeHeadline
                    font.family: "Noto Color Emoji"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: cell.hovered ? Theme.listHover : "transparent"
                    border.width: cell.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                }
            }
        }
    }
}

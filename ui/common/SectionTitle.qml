import QtQuick
import QtQuick.Controls
import Teahouse.Ui

// The small heading above a group of rows on a settings-like page.
Label {
    color: Theme.textSecondary
    font.pixelSize: Theme.fontSizeCaption
    font.weight: Theme.fontWeightStrong
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}

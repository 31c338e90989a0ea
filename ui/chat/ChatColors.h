#pragma once

#include <QString>

namespace teahouse::ui {

// The colours the C++ models put into rich text (links, @mentions, search matches). QML binds
// them from the Theme (see ChatPage.qml), so care mode reaches text built in C++ too.
struct ChatColors
{
    QString link = QStringLiteral("#067A3E");
    QString mention = QStringLiteral("#067A3E");
    QString match = QStringLiteral("#FFE58A");
    QString matchText = QStringLiteral("#067A3E");
};

} // namespace teahouse::ui

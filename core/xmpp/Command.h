#pragma once

#include "base/Result.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>
#include <optional>

namespace teahouse::xmpp {

// One XEP-0050 <command xmlns='http://jabber.org/protocol/commands'/>: what a requester sends
// (node, session, action, a submitted form) and what a responder answers (status, the actions
// allowed next, notes, a form). Shared by CommandManager (requester) and CommandServer
// (responder); payloads other than a data form are kept in `payloads`.
struct Command
{
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/commands";

    enum class Action
    {
        None, // no 'action' attribute: "execute" for a request
        Execute,
        Cancel,
        Prev,
        Next,
        Complete,
    };
    enum class Status
    {
        None, // requests carry no status
        Executing,
        Completed,
        Canceled,
    };
    struct Note
    {
        enum class Type
        {
            Info,
            Warn,
            Error,
        };
        Type type = Type::Info;
        QString text;
        friend bool operator==(const Note &, const Note &) = default;
    };

    QString node;
    QString sessionId;
    Action action = Action::None;
    Status status = Status::None;
    // <actions/>: the actions the responder accepts next (prev/next/complete) and the one
    // "execute" stands for. Empty in a completed answer.
    QList<Action> actions;
    Action defaultAction = Action::None;
    QList<Note> notes;
    std::optional<DataForm> form;
    QList<Element> payloads; // any other child (XEP-0050 allows any payload)

    [[nodiscard]] static Result<Command> fromElement(const Element &command);
    [[nodiscard]] Element toElement() const;

    [[nodiscard]] bool isCompleted() const { return status == Status::Completed; }
    [[nodiscard]] bool isCanceled() const { return status == Status::Canceled; }
    [[nodiscard]] bool isExecuting() const { return status == Status::Executing; }
    // Whether the responder accepts this action next ("execute" and "cancel" always are while
    // executing, XEP-0050 §3.4).
    [[nodiscard]] bool allows(Action action) const;
    // The first note of this type, or empty.
    [[nodiscard]] QString noteText(Note::Type type) const;
    // The first error note, else the first warning, else the first info note.
    [[nodiscard]] QString firstNote() const;

    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static Action actionFromName(QStringView name);
    [[nodiscard]] static QString statusName(Status status);
};

} // namespace teahouse::xmpp

#include "xmpp/Command.h"

namespace teahouse::xmpp {

namespace {

Command::Status statusFromName(QStringView name)
{
    if (name == u"executing")
        return Command::Status::Executing;
    if (name == u"completed")
        return Command::Status::Completed;
    if (name == u"canceled")
        return Command::Status::Canceled;
    return Command::Status::None;
}

Command::Note::Type noteTypeFromName(QStringView name)
{
    if (name == u"warn")
        return Command::Note::Type::Warn;
    if (name == u"error")
        return Command::Note::Type::Error;
    return Command::Note::Type::Info; // the default (XEP-0050 §4.3)
}

QString noteTypeName(Command::Note::Type type)
{
    switch (type) {
    case Command::Note::Type::Warn:
        return QStringLiteral("warn");
    case Command::Note::Type::Error:
        return QStringLiteral("error");
    case Command::Note::Type::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace

QString Command::actionName(Action action)
{
    switch (action) {
    case Action::Execute:
        return QStringLiteral("execute");
    case Action::Cancel:
        return QStringLiteral("cancel");
    case Action::Prev:
        return QStringLiteral("prev");
    case Action::Next:
        return QStringLiteral("next");
    case Action::Complete:
        return QStringLiteral("complete");
    case Action::None:
        break;
    }
    return {};
}

Command::Action Command::actionFromName(QStringView name)
{
    for (Action a :
         {Action::Execute, Action::Cancel, Action::Prev, Action::Next, Action::Complete}) {
        if (name == actionName(a))
            return a;
    }
    return Action::None;
}

QString Command::statusName(Status status)
{
    switch (status) {
    case Status::Executing:
        return QStringLiteral("executing");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Canceled:
        return QStringLiteral("canceled");
    case Status::None:
        break;
    }
    return {};
}

Result<Command> Command::fromElement(const Element &element)
{
    if (!element.is(u"command", kNamespace))
        return Error::make(Error::Code::Protocol, QStringLiteral("not an ad-hoc command"));
    Command command;
    command.node = element.attribute(u"node");
    command.sessionId = element.attribute(u"sessionid");
    if (element.hasAttribute(u"action")) {
        command.action = actionFromName(element.attribute(u"action"));
        if (command.action == Action::None)
            return Error::make(
                Error::Code::Protocol,
                QStringLiteral("unknown command action '%1'").arg(element.attribute(u"action")),
                QStringLiteral("bad-request"));
    }
    if (element.hasAttribute(u"status")) {
        command.status = statusFromName(element.attribute(u"status"));
        if (command.status == Status::None)
            return Error::make(
                Error::Code::Protocol,
                QStringLiteral("unknown command status '%1'").arg(element.attribute(u"status")));
    }
    for (const Element &child : element.children()) {
        if (child.is(u"actions", kNamespace)) {
            for (const Element &a : child.children()) {
                const Action action = actionFromName(a.name());
                if (action == Action::Prev || action == Action::Next || action == Action::Complete)
                    command.actions.append(action);
            }
            const Action def = actionFromName(child.attribute(u"execute"));
            if (def != Action::None)
                command.defaultAction = def;
        } else if (child.is(u"note", kNamespace)) {
            command.notes.append({noteTypeFromName(child.attribute(u"type")), child.text()});
        } else if (child.is(u"x", DataForm::kNamespace) && !command.form) {
            auto form = DataForm::fromElement(child);
            if (!form.ok())
                return form.error();
            command.form = std::move(form).value();
        } else {
            command.payloads.append(child);
        }
    }
    // XEP-0050 §3.4: without an 'execute' attribute the default is "next" when it is
    // offered, else "complete" (a single-stage form).
    if (command.defaultAction == Action::None && command.status == Status::Executing) {
        if (command.actions.contains(Action::Next))
            command.defaultAction = Action::Next;
        else if (command.actions.contains(Action::Complete))
            command.defaultAction = Action::Complete;
    }
    return command;
}

Element Command::toElement() const
{
    Element element(QStringLiteral("command"), kNamespace.toString());
    if (!node.isEmpty())
        element.setAttribute(QStringLiteral("node"), node);
    if (!sessionId.isEmpty())
        element.setAttribute(QStringLiteral("sessionid"), sessionId);
    if (action != Action::None)
        element.setAttribute(QStringLiteral("action"), actionName(action));
    if (status != Status::None)
        element.setAttribute(QStringLiteral("status"), statusName(status));
    if (status == Status::Executing && (!actions.isEmpty() || defaultAction != Action::None)) {
        Element &a = element.addChild(QStringLiteral("actions"));
        if (defaultAction != Action::None)
            a.setAttribute(QStringLiteral("execute"), actionName(defaultAction));
        // Spec order: prev, next, complete.
        for (Action each : {Action::Prev, Action::Next, Action::Complete}) {
            if (actions.contains(each))
                a.addChild(actionName(each));
        }
    }
    for (const Note &note : notes) {
        Element &n = element.addTextChild(QStringLiteral("note"), note.text);
        n.setAttribute(QStringLiteral("type"), noteTypeName(note.type));
    }
    if (form)
        element.appendChild(form->toElement());
    for (const Element &payload : payloads)
        element.appendChild(payload);
    return element;
}

bool Command::allows(Action a) const
{
    if (status != Status::Executing)
        return false;
    if (a == Action::Execute || a == Action::Cancel || a == Action::None)
        return true;
    return actions.contains(a);
}

QString Command::noteText(Note::Type type) const
{
    for (const Note &note : notes) {
        if (note.type == type)
            return note.text;
    }
    return {};
}

QString Command::firstNote() const
{
    for (Note::Type type : {Note::Type::Error, Note::Type::Warn, Note::Type::Info}) {
        const QString text = noteText(type);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace teahouse::xmpp

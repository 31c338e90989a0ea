#include "services/FormSession.h"

#include "base/Logging.h"
#include "services/FieldRule.h"
#include "xmpp/CommandManager.h"

#include <QJsonArray>

namespace teahouse::services {

using xmpp::Command;
using xmpp::DataForm;

namespace {

QJsonObject valuesToJson(const QHash<QString, QStringList> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

QHash<QString, QStringList> valuesFromJson(const QJsonObject &object)
{
    QHash<QString, QStringList> values;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList list;
        for (const QJsonValue &v : it.value().toArray())
            list.append(v.toString());
        values.insert(it.key(), list);
    }
    return values;
}

} // namespace

FormSession::FormSession(xmpp::CommandManager *commands, Jid service, QString node, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_service(std::move(service))
    , m_node(std::move(node))
{}

void FormSession::start()
{
    m_stage = 0;
    m_page = 0;
    m_entered.clear();
    m_submitted.clear();
    m_result.reset();
    m_command = Command{};
    send(Command::Action::Execute, std::nullopt);
}

void FormSession::send(Command::Action action, std::optional<DataForm> form)
{
    m_state = State::Loading;
    m_error.reset();
    Q_EMIT changed();
    const QString session = action == Command::Action::Execute && m_command.sessionId.isEmpty()
                                ? QString()
                                : m_command.sessionId;
    const std::optional<DataForm> submitted = form;
    m_commands->send(m_service, m_node, session, session.isEmpty() ? Command::Action::None : action,
                     std::move(form), this,
                     [this, action, submitted](const Result<Command> &answer) {
                         if (answer.ok() && action == Command::Action::Next && submitted)
                             m_submitted.append(*submitted);
                         answered(action, answer);
                     });
}

void FormSession::answered(Command::Action action, const Result<Command> &answer)
{
    if (!answer.ok()) {
        // A refused step keeps the form and everything typed: the person can retry or cancel.
        if (!m_form.fields().isEmpty() && action != Command::Action::Execute && !m_restoring) {
            m_error = answer.error();
            m_state = State::Editing;
            Q_EMIT changed();
            return;
        }
        fail(answer.error());
        return;
    }
    const Command &command = answer.value();
    if (command.isCompleted()) {
        m_command = command;
        if (command.form && command.form->type() == DataForm::Type::Result)
            m_result = command.form;
        m_state = State::Completed;
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    if (command.isCanceled()) {
        m_command = command;
        m_state = State::Canceled;
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    switch (action) {
    case Command::Action::Next:
        ++m_stage;
        break;
    case Command::Action::Prev:
        m_stage = std::max(0, m_stage - 1);
        if (!m_submitted.isEmpty())
            m_submitted.removeLast();
        break;
    default:
        break;
    }
    showStage(command);
    if (action == Command::Action::Prev)
        m_page = std::max(0, pageCount() - 1);
    if (m_restoring) {
        replayNext();
        return;
    }
    m_state = State::Editing;
    Q_EMIT changed();
}

void FormSession::showStage(const Command &command)
{
    m_command = command;
    m_form = command.form.value_or(DataForm(DataForm::Type::Form));
    while (m_entered.size() <= m_stage)
        m_entered.append(QHash<QString, QStringList>());
    // What was typed on this stage before (prev/next, a draft) wins over the service's
    // defaults, for the fields the service still asks for.
    const QHash<QString, QStringList> &entered = m_entered.at(m_stage);
    for (auto it = entered.cbegin(); it != entered.cend(); ++it) {
        if (DataForm::Field *field = m_form.field(it.key()); field && !field->isHidden())
            field->values = it.value();
    }
    m_layout = FormLayout::of(m_form);
    m_page = 0;
    m_problems.clear();
}

void FormSession::setValues(const QString &var, const QStringList &values)
{
    DataForm::Field *field = m_form.field(var);
    if (!field || field->isHidden() || field->type == u"fixed")
        return;
    field->values = values;
    while (m_entered.size() <= m_stage)
        m_entered.append(QHash<QString, QStringList>());
    m_entered[m_stage].insert(var, values);
    // A corrected field loses its message at once; a new mistake shows when the page is left.
    if (m_problems.contains(var) && problemOf(var).isEmpty())
        m_problems.remove(var);
    Q_EMIT changed();
}

QStringList FormSession::values(const QString &var) const
{
    const DataForm::Field *field = m_form.field(var);
    return field ? field->values : QStringList();
}

QString FormSession::problemOf(const QString &var) const
{
    const DataForm::Field *field = m_form.field(var);
    if (!field)
        return {};
    return FieldRule::of(*field).check(*field).value_or(QString());
}

bool FormSession::checkPages(int first, int last)
{
    m_problems.clear();
    int firstBad = -1;
    for (int page = first; page <= last; ++page) {
        for (const QString &var : m_layout.fieldsOnPage(page)) {
            const QString problem = problemOf(var);
            if (problem.isEmpty())
                continue;
            m_problems.insert(var, problem);
            if (firstBad < 0)
                firstBad = page;
        }
    }
    if (firstBad >= 0) {
        // Show the first page with a mistake.
        m_page = firstBad;
        Q_EMIT changed();
        return false;
    }
    return true;
}

bool FormSession::canGoBack() const
{
    return m_state == State::Editing && (m_page > 0 || m_command.allows(Command::Action::Prev));
}

bool FormSession::canGoForward() const
{
    return m_state == State::Editing &&
           (m_page < pageCount() - 1 || m_command.allows(Command::Action::Next));
}

bool FormSession::canComplete() const
{
    if (m_state != State::Editing || m_page < pageCount() - 1)
        return false;
    // Without <actions/>, "execute" is the only way on and it finishes the command.
    return m_command.allows(Command::Action::Complete) || !m_command.allows(Command::Action::Next);
}

bool FormSession::goForward()
{
    if (!canGoForward())
        return false;
    if (m_page < pageCount() - 1) {
        if (!checkPages(m_page, m_page))
            return false;
        ++m_page;
        m_problems.clear();
        Q_EMIT changed();
        return true;
    }
    if (!checkPages(0, pageCount() - 1))
        return false;
    send(Command::Action::Next, m_form.toSubmission());
    return true;
}

void FormSession::goBack()
{
    if (!canGoBack())
        return;
    m_problems.clear();
    if (m_page > 0) {
        --m_page;
        Q_EMIT changed();
        return;
    }
    send(Command::Action::Prev, std::nullopt);
}

bool FormSession::complete()
{
    if (!canComplete())
        return false;
    if (!checkPages(0, pageCount() - 1))
        return false;
    if (m_local) {
        m_result = m_form.toSubmission();
        m_state = State::Completed;
        Q_EMIT changed();
        Q_EMIT finished();
        return true;
    }
    send(m_command.allows(Command::Action::Complete) ? Command::Action::Complete
                                                     : Command::Action::Execute,
         m_form.toSubmission());
    return true;
}

void FormSession::editLocally(const DataForm &form)
{
    m_local = true;
    m_stage = 0;
    m_entered.clear();
    m_submitted.clear();
    m_result.reset();
    xmpp::Command command;
    command.status = Command::Status::Executing;
    command.actions = {Command::Action::Complete};
    command.defaultAction = Command::Action::Complete;
    command.form = form;
    command.form->setType(DataForm::Type::Form);
    showStage(command);
    m_state = State::Editing;
    Q_EMIT changed();
}

void FormSession::cancel()
{
    if (m_state == State::Editing && !m_command.sessionId.isEmpty() && !m_local) {
        send(Command::Action::Cancel, std::nullopt);
        return;
    }
    m_state = State::Canceled;
    Q_EMIT changed();
    Q_EMIT finished();
}

void FormSession::fail(const Error &error)
{
    qCInfo(lcXmpp) << "service form failed:" << error.message;
    m_restoring = false;
    m_error = error;
    m_state = State::Failed;
    Q_EMIT changed();
    Q_EMIT finished();
}

QJsonObject FormSession::snapshot() const
{
    QJsonArray submitted;
    for (const DataForm &form : m_submitted)
        submitted.append(QString::fromUtf8(form.toElement().toXml()));
    QJsonArray entered;
    for (const auto &stageValues : m_entered)
        entered.append(valuesToJson(stageValues));
    return {
        {QStringLiteral("service"), m_service.toString()},
        {QStringLiteral("node"), m_node},
        {QStringLiteral("stage"), m_stage},
        {QStringLiteral("page"), m_page},
        {QStringLiteral("submitted"), submitted},
        {QStringLiteral("entered"), entered},
    };
}

void FormSession::restore(const QJsonObject &snapshot)
{
    m_replay.clear();
    for (const QJsonValue &xml : snapshot.value(QStringLiteral("submitted")).toArray()) {
        auto form = DataForm::fromElement(xmpp::Element::fromXml(xml.toString().toUtf8()));
        if (!form.ok()) {
            fail(Error::make(Error::Code::Corrupt, tr("The saved draft could not be read.")));
            return;
        }
        m_replay.append(form.value());
    }
    m_stage = 0;
    m_entered.clear();
    for (const QJsonValue &values : snapshot.value(QStringLiteral("entered")).toArray())
        m_entered.append(valuesFromJson(values.toObject()));
    m_restorePage = snapshot.value(QStringLiteral("page")).toInt();
    m_submitted.clear();
    m_result.reset();
    m_command = Command{};
    m_restoring = true;
    send(Command::Action::Execute, std::nullopt);
}

void FormSession::replayNext()
{
    if (!m_replay.isEmpty()) {
        const DataForm form = m_replay.takeFirst();
        if (!m_command.allows(Command::Action::Next)) {
            fail(Error::make(Error::Code::Conflict,
                             tr("The service has changed this form since the draft was saved. "
                                "Start again.")));
            return;
        }
        send(Command::Action::Next, form);
        return;
    }
    m_restoring = false;
    m_page = std::clamp(m_restorePage, 0, std::max(0, pageCount() - 1));
    m_state = State::Editing;
    Q_EMIT changed();
}

} // namespace teahouse::services

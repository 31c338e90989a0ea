#pragma once

#include "base/Error.h"
#include "base/Jid.h"
#include "services/FormLayout.h"
#include "xmpp/Command.h"
#include "xmpp/DataForm.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <optional>

namespace teahouse::xmpp {
class CommandManager;
}

namespace teahouse::services {

// One run of a service's command as the person filling it sees it: stage after stage
// (XEP-0050 next/prev/complete/cancel as the service allows), each stage's form in pages
// (XEP-0141), every value typed kept when going back and forth, each page checked
// (XEP-0122) before it is left, and the service's notes, result form or error at the end.
// snapshot()/restore() make a draft that survives the app: the stages already submitted are
// replayed into a fresh command session (the service's own session may have expired).
class FormSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Loading,   // waiting for the service
        Editing,   // a form is shown
        Completed, // done: see notes() and result()
        Canceled,
        Failed, // see error()
    };
    Q_ENUM(State)

    FormSession(xmpp::CommandManager *commands, Jid service, QString node,
                QObject *parent = nullptr);

    [[nodiscard]] const Jid &service() const { return m_service; }
    [[nodiscard]] const QString &node() const { return m_node; }

    // Executes the command (a new session).
    void start();
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

    // The current stage's form, with the values entered so far.
    [[nodiscard]] const xmpp::DataForm &form() const { return m_form; }
    [[nodiscard]] const FormLayout &layout() const { return m_layout; }
    // Stage number (0 = the first form the service sent) and page within the stage.
    [[nodiscard]] int stage() const { return m_stage; }
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] int pageCount() const { return m_layout.pageCount(); }
    [[nodiscard]] QList<xmpp::Command::Note> notes() const { return m_command.notes; }

    void setValues(const QString &var, const QStringList &values);
    [[nodiscard]] QStringList values(const QString &var) const;

    // Problems on the current page (var → what is wrong), after the last attempt to leave it.
    [[nodiscard]] const QHash<QString, QString> &problems() const { return m_problems; }
    // What is wrong with one field now (for inline messages while typing), or empty.
    [[nodiscard]] QString problemOf(const QString &var) const;

    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoForward() const;
    [[nodiscard]] bool canComplete() const;

    // Next page, or the next stage when this is the stage's last page. False (and problems()
    // filled) when the page has mistakes: nothing is sent then.
    bool goForward();
    // Previous page, or the previous stage (prev) from a stage's first page.
    void goBack();
    // Submits the stage (every page checked first) as the last one.
    bool complete();
    void cancel();

    // The result form of a completed command (type result: fields or a table), if any.
    [[nodiscard]] const std::optional<xmpp::DataForm> &result() const { return m_result; }
    // Payloads other than forms in the last answer (XEP-0221 media, receipts, ...).
    [[nodiscard]] const QList<xmpp::Element> &payloads() const { return m_command.payloads; }

    // Shows a form without a service behind it (someone asked us to fill their form in):
    // complete() then checks it and ends with the filled form as result(), sending nothing.
    void editLocally(const xmpp::DataForm &form);
    [[nodiscard]] bool isLocal() const { return m_local; }

    // Everything needed to come back to this point later.
    [[nodiscard]] QJsonObject snapshot() const;
    // Starts a new command session and replays the submitted stages of a snapshot, then puts
    // back the values and the page. Fails (state Failed) if the service now answers differently.
    void restore(const QJsonObject &snapshot);

Q_SIGNALS:
    void changed();
    void finished();

private:
    void send(xmpp::Command::Action action, std::optional<xmpp::DataForm> form);
    void answered(xmpp::Command::Action action, const Result<xmpp::Command> &answer);
    void showStage(const xmpp::Command &command);
    [[nodiscard]] bool checkPages(int first, int last);
    void fail(const Error &error);
    void replayNext();

    xmpp::CommandManager *m_commands;
    Jid m_service;
    QString m_node;
    State m_state = State::Idle;
    std::optional<Error> m_error;
    xmpp::Command m_command; // the service's last answer
    xmpp::DataForm m_form;
    FormLayout m_layout;
    int m_stage = 0;
    int m_page = 0;
    // Values entered per stage, so prev/next (and a restored draft) give them back.
    QList<QHash<QString, QStringList>> m_entered;
    // The forms submitted to reach the current stage (for drafts: replayed on restore).
    QList<xmpp::DataForm> m_submitted;
    QHash<QString, QString> m_problems;
    std::optional<xmpp::DataForm> m_result;
    // While restoring: the stages still to replay, then the page to show.
    QList<xmpp::DataForm> m_replay;
    int m_restorePage = 0;
    bool m_restoring = false;
    bool m_local = false;
};

} // namespace teahouse::services

#include "UnlockController.h"

namespace teahouse::ui {

UnlockController::UnlockController(QObject *parent)
    : QObject(parent)
{}

void UnlockController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}

void UnlockController::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged();
}

void UnlockController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void UnlockController::setError(ErrorKind kind, const QString &detail)
{
    if (kind == m_errorKind && detail == m_errorDetail)
        return;
    m_errorKind = kind;
    m_errorDetail = detail;
    Q_EMIT errorChanged();
}

} // namespace teahouse::ui

#pragma once

#include <QString>

namespace teahouse::qr {
struct QrPayload;
}

namespace teahouse::ui {

// What the result page offers for a scanned code, decided by the app (UriRouter), which knows
// which features exist: a button label ("Add friend", "Pay"), a sentence explaining the code, and
// whether the action can run in this app.
struct ScanAction
{
    QString label;       // empty: nothing to do but read (and copy) the code
    QString explanation; // always set: what the code is, or why nothing happens
    bool available = false;
};

// The scanner's delegate in the app: it plans and performs what a code asks for, through the
// other features. The scanner module never reaches them itself.
class ScanActions
{
public:
    virtual ~ScanActions() = default;
    [[nodiscard]] virtual ScanAction plan(const qr::QrPayload &payload) const = 0;
    // Performs the planned action; false (with a sentence) when it could not be started.
    virtual bool perform(const qr::QrPayload &payload, QString *message) = 0;
};

} // namespace teahouse::ui

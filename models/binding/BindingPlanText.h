#pragma once

#include "BindingPlan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Human text for a BindingPlan, kept out of the planner so the planner stays code-only. Uses
// QCoreApplication::translate with the context "BindingPlan", so the UI's translators apply and the CLI prints the
// same sentences.
class BindingPlanText
{
    Q_DECLARE_TR_FUNCTIONS(BindingPlan)

public:
    static QString actionLabel(BindingAction action); // "New account", "Take over", …
    static QString matchedFieldLabel(BindingMatchedField field); // "local user account", "username"
    // One sentence for the pair's action: "Creates the local account “jdoe”.", "Takes over “jdoe” (matched the
    // username).", "Blocked: …".
    static QString pairDescription(const BindingPlan &plan, const BindingPlanPair &pair);
    static QString blockMessage(const BindingPlan &plan, const BindingPlanPair &pair);
    static QString warningMessage(const BindingPlan &plan, const BindingPlanPair &pair, BindingWarning warning);
    static QStringList warningMessages(const BindingPlan &plan, const BindingPlanPair &pair);
    // For plan-level warnings (large-fanout).
    static QString planWarningMessage(const BindingPlan &plan, BindingWarning warning);
    // "3 new accounts, 2 takeovers, 1 blocked, 4 already bound" (zero counts left out; "Nothing to do" when empty).
    static QString summaryLine(const BindingPlanSummary &summary);
    // "2 takeover-signs-out, 1 case-differs" style line in words: "2 sign-outs from apps, 1 letter-case mismatch".
    static QString warningSummaryLine(const BindingPlanSummary &summary);
};

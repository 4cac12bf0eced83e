#pragma once

#include "BindingPlanInput.h"
#include "OutboxRow.h"

#include <QList>

// Lays the outbox's binding changes over a planner input, so a plan made while changes wait to be pushed sees them:
// binding a user twice before the push shows "already bound" the second time, and an unbind that is queued counts as
// done. Only user–device bindings (binding.add / binding.remove) of the input's devices are applied; failed rows are
// ignored (the directory refused them), done rows are applied too (the next sync brings the same edge anyway).
class PendingBindingOverlay
{
public:
    static void apply(BindingPlanInput &input, const QList<OutboxRow> &outbox);
};

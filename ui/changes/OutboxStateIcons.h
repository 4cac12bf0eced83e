#pragma once

#include "OutboxRow.h"

#include <QIcon>

// Small drawn icons for the outbox states, the same on every platform and style: an amber ring
// (waiting), a blue dot (being sent), a green check (done), a red disc with "!" (failed).
namespace OutboxStateIcons {
QIcon icon(OutboxRow::State state);
} // namespace OutboxStateIcons

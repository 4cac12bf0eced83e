#include "OutboxLogging.h"

Q_LOGGING_CATEGORY(lcOutbox, "bindery.outbox", QtInfoMsg)

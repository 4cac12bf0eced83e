#include "ConnectionLogging.h"

Q_LOGGING_CATEGORY(lcConnection, "bindery.connection", QtInfoMsg)

#include "SyncLogging.h"

Q_LOGGING_CATEGORY(lcSync, "bindery.sync", QtInfoMsg)

#include "NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "bindery.net", QtInfoMsg)

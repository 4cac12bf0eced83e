#include "CliLogging.h"

Q_LOGGING_CATEGORY(lcCli, "bindery.cli", QtWarningMsg)

#pragma once

// What bindery-cli returns, so scripts can tell a mistake in the command line from a failure.
enum CliExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed (missing or damaged cache, write error)
    ExitUsage = 2, // the command line was wrong; nothing was done
};

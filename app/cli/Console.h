#pragma once

#include <QString>

// Where bindery-cli's words go: results to stdout, every message to stderr (so `--out -` output
// stays clean for a pipe). Errors are one line: "bindery-cli: <what failed>".
namespace Console {
void out(const QString &text); // as is, no newline added
void message(const QString &line); // stderr, newline added
void error(const QString &line); // stderr, "bindery-cli: " prefixed, forced onto one line
} // namespace Console

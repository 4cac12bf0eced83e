#pragma once

#include <QStringList>

// bindery-cli's entry: picks the subcommand from the first argument and hands it the rest.
// Knows the global options (--help, --version) and the exit-code convention (CliExitCode.h).
class CliApplication
{
public:
    explicit CliApplication(QStringList arguments);

    int run();

private:
    static QString usage();

    QStringList m_arguments;
};

#include "Console.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Console {

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void message(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
}

void error(const QString &line)
{
    QString oneLine = line.simplified(); // details from lower layers may carry line breaks
    message(u"bindery-cli: "_s + oneLine);
}

} // namespace Console

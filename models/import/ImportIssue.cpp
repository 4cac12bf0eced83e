#include "ImportIssue.h"

using namespace Qt::StringLiterals;

QString importSeverityKey(ImportSeverity severity)
{
    switch (severity) {
    case ImportSeverity::Info:
        return u"info"_s;
    case ImportSeverity::Warning:
        return u"warning"_s;
    case ImportSeverity::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

#include "ImportRowOutcome.h"

using namespace Qt::StringLiterals;

QString ImportRowOutcome::key(Kind kind)
{
    switch (kind) {
    case Kind::Valid:
        return u"valid"_s;
    case Kind::Invalid:
        return u"invalid"_s;
    case Kind::Skipped:
        return u"skipped"_s;
    case Kind::Unchanged:
        return u"unchanged"_s;
    case Kind::Pending:
        return u"pending"_s;
    case Kind::Created:
        return u"created"_s;
    case Kind::Updated:
        return u"updated"_s;
    case Kind::Partial:
        return u"partial"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::Undone:
        return u"undone"_s;
    }
    return {};
}

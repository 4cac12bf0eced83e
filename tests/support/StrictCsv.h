#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A strict RFC 4180 reader for tests of what Bindery writes: fails (returns false) on anything
// the RFC does not allow, such as a quote inside an unquoted field or a bare LF line end, so a
// writer bug cannot hide behind a lenient parser.
namespace StrictCsv {
inline bool parse(const QString &text, QList<QStringList> &rows)
{
    rows.clear();
    QStringList row;
    QString field;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return false; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return false;
                field += text[i++];
            }
        }
        row << field;
        field.clear();
        if (i >= text.size())
            return false; // every record ends with CRLF
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text.mid(i, 2) != u"\r\n")
            return false;
        i += 2;
        rows << row;
        row.clear();
    }
    return true;
}

} // namespace StrictCsv

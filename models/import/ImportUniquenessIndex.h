#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <array>

// Which rows of the file carry each username, e-mail, employee id, local account name and manager reference, kept
// up to date row by row so an inline edit re-checks only the rows that share a value with the edited one.
class ImportUniquenessIndex
{
public:
    enum Kind { Username, Email, EmployeeId, LocalName, Manager, KindCount };
    using Keys = std::array<QString, KindCount>; // one normalised key per kind; empty = none

    void clear();
    void reserve(qsizetype rows);
    void add(int row, const Keys &keys);
    void remove(int row, const Keys &keys);
    // Rows with this key (in insertion order); empty keys have none.
    const QList<int> &rows(Kind kind, const QString &key) const;
    // Rows other than `row` with this key, sorted.
    QList<int> others(Kind kind, const QString &key, int row) const;

private:
    std::array<QHash<QString, QList<int>>, KindCount> m_rows;
};

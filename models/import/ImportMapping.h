#pragma once

#include "ImportField.h"
#include "ImportMappingIssue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Which field each CSV column feeds. Built from the header the way the directory reads it: the portal's five names
// and the PowerShell module's column names match exactly (case-sensitive, as the portal does); a header that differs
// only in case is not mapped but offered (a header-case issue with a suggestion), because guessing silently is what
// made the module's imports fail later. Anything else stays unmapped until the admin maps it (setMapping).
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    struct AttributePair
    {
        int index = 0;
        int nameColumn = -1;
        int valueColumn = -1;
    };

    ImportMapping() = default;
    static ImportMapping fromHeader(const QStringList &header);

    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    ImportTarget target(int column) const;
    // Maps a column by hand; a target already fed by another column is taken from it (one column per target).
    // An empty target unmaps the column.
    void setMapping(int column, ImportTarget target);
    // By the extended template's name ("home_city", "Group3"); errors: "unknown-field", "bad-column".
    Result<void> setMapping(int column, const QString &fieldKey);
    // Maps the column to what its header-case issue suggests.
    bool acceptSuggestion(int column);

    // The column feeding a field, or -1.
    int column(ImportField field, int index = 0) const;
    // Group columns in numeric order (Group2 before Group10).
    QList<int> groupColumns() const;
    // Attribute pairs in numeric order; a missing half is -1.
    QList<AttributePair> attributePairs() const;
    // The first mapped device column (SystemID wins over the name columns), or -1.
    int deviceColumn() const;
    QString columnName(int column) const;

    QList<ImportMappingIssue> issues() const;

    // Saved by header text, so a mapping made for one HR export applies to next month's export.
    QJsonObject toJson() const;
    // Errors: "mapping-format" when the JSON is not a saved mapping.
    static Result<ImportMapping> fromJson(const QJsonObject &json, const QStringList &header);

    // The two downloadable templates (header line only, CRLF-terminated).
    static QString portalTemplate();
    static QString extendedTemplate(int groups, int attributes);

private:
    QStringList m_header;
    QList<ImportTarget> m_targets;
    QList<ImportTarget> m_suggestions; // per column: header-case offer
    QList<bool> m_duplicate; // per column: the header's target was already taken by an earlier column
};

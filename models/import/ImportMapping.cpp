#include "ImportMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
std::optional<ImportTarget> exactTarget(const QString &header)
{
    for (const auto &[name, field] : ImportFieldInfo::portalColumns()) {
        if (name == header)
            return ImportTarget { field, 0 };
    }
    return ImportTarget::fromKey(header);
}

std::optional<ImportTarget> caseInsensitiveTarget(const QString &header)
{
    const QString lower = header.toLower();
    for (const auto &[name, field] : ImportFieldInfo::namedColumns()) {
        if (name.toLower() == lower)
            return ImportTarget { field, 0 };
    }
    // "group2", "ATTRIBUTE1_NAME": normalise the letters and try again.
    static const QList<std::pair<QString, QString>> prefixes { { u"group"_s, u"Group"_s },
        { u"attribute"_s, u"Attribute"_s } };
    for (const auto &[lowerPrefix, prefix] : prefixes) {
        if (lower.startsWith(lowerPrefix))
            return ImportTarget::fromKey(prefix + lower.mid(lowerPrefix.size()));
    }
    return std::nullopt;
}

} // namespace

ImportMapping ImportMapping::fromHeader(const QStringList &header)
{
    ImportMapping mapping;
    mapping.m_header = header;
    mapping.m_targets.resize(header.size());
    mapping.m_suggestions.resize(header.size());
    mapping.m_duplicate.resize(header.size());
    for (int c = 0; c < int(header.size()); ++c) {
        const QString name = header.at(c).trimmed();
        if (const auto target = exactTarget(name)) {
            if (mapping.column(target->field, target->index) >= 0)
                mapping.m_duplicate[c] = true;
            else
                mapping.m_targets[c] = *target;
        } else if (const auto suggestion = caseInsensitiveTarget(name)) {
            mapping.m_suggestions[c] = *suggestion;
        }
    }
    return mapping;
}

ImportTarget ImportMapping::target(int column) const
{
    return column >= 0 && column < int(m_targets.size()) ? m_targets.at(column) : ImportTarget {};
}

void ImportMapping::setMapping(int column, ImportTarget target)
{
    if (column < 0 || column >= int(m_targets.size()))
        return;
    if (!target.isNone()) {
        for (ImportTarget &other : m_targets) {
            if (other == target)
                other = {};
        }
    }
    m_targets[column] = target;
    m_suggestions[column] = {};
    m_duplicate[column] = false;
}

Result<void> ImportMapping::setMapping(int column, const QString &fieldKey)
{
    if (column < 0 || column >= int(m_targets.size()))
        return Error { u"bad-column"_s, QString::number(column) };
    if (fieldKey.isEmpty()) {
        setMapping(column, ImportTarget {});
        return {};
    }
    const auto target = exactTarget(fieldKey);
    if (!target)
        return Error { u"unknown-field"_s, fieldKey };
    setMapping(column, *target);
    return {};
}

bool ImportMapping::acceptSuggestion(int column)
{
    if (column < 0 || column >= int(m_suggestions.size()) || m_suggestions.at(column).isNone())
        return false;
    setMapping(column, m_suggestions.at(column));
    return true;
}

int ImportMapping::column(ImportField field, int index) const
{
    for (int c = 0; c < int(m_targets.size()); ++c) {
        if (m_targets.at(c).field == field && m_targets.at(c).index == index)
            return c;
    }
    return -1;
}

QList<int> ImportMapping::groupColumns() const
{
    QList<int> columns;
    for (int c = 0; c < int(m_targets.size()); ++c) {
        if (m_targets.at(c).field == ImportField::Group)
            columns.append(c);
    }
    std::sort(
        columns.begin(), columns.end(), [this](int a, int b) { return m_targets.at(a).index < m_targets.at(b).index; });
    return columns;
}

QList<ImportMapping::AttributePair> ImportMapping::attributePairs() const
{
    QList<AttributePair> pairs;
    for (int c = 0; c < int(m_targets.size()); ++c) {
        const ImportTarget &target = m_targets.at(c);
        if (target.field != ImportField::AttributeName && target.field != ImportField::AttributeValue)
            continue;
        auto it = std::find_if(
            pairs.begin(), pairs.end(), [&](const AttributePair &pair) { return pair.index == target.index; });
        if (it == pairs.end()) {
            pairs.append(AttributePair { target.index, -1, -1 });
            it = pairs.end() - 1;
        }
        (target.field == ImportField::AttributeName ? it->nameColumn : it->valueColumn) = c;
    }
    // Numeric order: the module once sorted these as strings and broke at Attribute10 (support#626).
    std::sort(
        pairs.begin(), pairs.end(), [](const AttributePair &a, const AttributePair &b) { return a.index < b.index; });
    return pairs;
}

int ImportMapping::deviceColumn() const
{
    const int byId = column(ImportField::SystemId);
    if (byId >= 0)
        return byId;
    for (int c = 0; c < int(m_targets.size()); ++c) {
        if (ImportFieldInfo::isDevice(m_targets.at(c).field))
            return c;
    }
    return -1;
}

QString ImportMapping::columnName(int column) const
{
    return column >= 0 && column < int(m_header.size()) ? m_header.at(column) : QString();
}

QList<ImportMappingIssue> ImportMapping::issues() const
{
    QList<ImportMappingIssue> issues;
    for (int c = 0; c < int(m_header.size()); ++c) {
        if (!m_targets.at(c).isNone())
            continue;
        const QString &header = m_header.at(c);
        if (!m_suggestions.at(c).isNone()) {
            const QString suggested = m_suggestions.at(c).key();
            issues.append({ c, header, u"header-case"_s, ImportSeverity::Warning,
                tr("The column “%1” differs from “%2” only in letter case, so it is not imported. The directory's "
                   "portal rejects such headers; map it to “%2” if that is what it holds.")
                    .arg(header, suggested),
                m_suggestions.at(c) });
        } else if (m_duplicate.at(c)) {
            issues.append({ c, header, u"duplicate-column"_s, ImportSeverity::Warning,
                tr("The column “%1” appears more than once; only the first one is imported. Rename or remove the "
                   "other.")
                    .arg(header),
                {} });
        } else {
            issues.append({ c, header, u"unknown-column"_s, ImportSeverity::Info,
                tr("The column “%1” is not a known field and is not imported. Map it to a field if it holds one.")
                    .arg(header),
                {} });
        }
    }
    for (const AttributePair &pair : attributePairs()) {
        if (pair.nameColumn >= 0 && pair.valueColumn >= 0)
            continue;
        const int present = pair.nameColumn >= 0 ? pair.nameColumn : pair.valueColumn;
        const QString missing
            = ImportTarget { pair.nameColumn >= 0 ? ImportField::AttributeValue : ImportField::AttributeName,
                  pair.index }
                  .key();
        issues.append({ present, m_header.at(present), u"attribute-unpaired"_s, ImportSeverity::Error,
            tr("The column “%1” has no partner column “%2”; custom attributes need both a name and a value column.")
                .arg(m_header.at(present), missing),
            {} });
    }
    return issues;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray columns;
    for (int c = 0; c < int(m_header.size()); ++c) {
        columns.append(QJsonObject { { u"header"_s, m_header.at(c) }, { u"index"_s, c },
            { u"field"_s, m_targets.at(c).isNone() ? QJsonValue() : QJsonValue(m_targets.at(c).key()) } });
    }
    return QJsonObject { { u"format"_s, u"bindery-import-mapping"_s }, { u"version"_s, 1 }, { u"columns"_s, columns } };
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    if (json.value(u"format"_s).toString() != "bindery-import-mapping"_L1 || json.value(u"version"_s).toInt() != 1
        || !json.value(u"columns"_s).isArray())
        return Error { u"mapping-format"_s, tr("This is not a saved Bindery import mapping.") };
    ImportMapping mapping = fromHeader(header);
    QList<bool> used(header.size(), false);
    for (const QJsonValue &value : json.value(u"columns"_s).toArray()) {
        const QJsonObject column = value.toObject();
        const QString name = column.value(u"header"_s).toString();
        int c = -1;
        for (int i = 0; i < int(header.size()); ++i) {
            if (!used.at(i) && header.at(i) == name) {
                c = i;
                break;
            }
        }
        if (c < 0)
            continue; // a column this file does not have
        used[c] = true;
        const QJsonValue field = column.value(u"field"_s);
        if (field.isNull() || field.isUndefined()) {
            mapping.setMapping(c, ImportTarget {});
            continue;
        }
        const auto target = ImportTarget::fromKey(field.toString());
        if (!target)
            return Error { u"mapping-format"_s,
                tr("The saved mapping names an unknown field “%1”.").arg(field.toString()) };
        mapping.setMapping(c, *target);
    }
    return mapping;
}

QString ImportMapping::portalTemplate()
{
    QStringList names;
    for (const auto &column : ImportFieldInfo::portalColumns())
        names.append(column.first);
    return names.join(u',') + u"\r\n"_s;
}

QString ImportMapping::extendedTemplate(int groups, int attributes)
{
    QStringList names;
    for (const auto &column : ImportFieldInfo::extendedColumns())
        names.append(column.first);
    names << u"SystemID"_s << u"Administrator"_s;
    for (int i = 1; i <= groups; ++i)
        names.append(ImportTarget { ImportField::Group, i }.key());
    for (int i = 1; i <= attributes; ++i) {
        names.append(ImportTarget { ImportField::AttributeName, i }.key());
        names.append(ImportTarget { ImportField::AttributeValue, i }.key());
    }
    return names.join(u',') + u"\r\n"_s;
}

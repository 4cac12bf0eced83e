#include "ImportIssueStyle.h"

#include <QApplication>
#include <QStyle>

QColor ImportIssueStyle::background(ImportSeverity severity)
{
    switch (severity) {
    case ImportSeverity::Error:
        return QColor(0xFA, 0xD4, 0xD4);
    case ImportSeverity::Warning:
        return QColor(0xFF, 0xF0, 0xC2);
    case ImportSeverity::Info:
        break;
    }
    return {};
}

QColor ImportIssueStyle::foreground()
{
    return QColor(0x20, 0x20, 0x20);
}

QIcon ImportIssueStyle::icon(ImportSeverity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case ImportSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ImportSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ImportSeverity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString ImportIssueStyle::statusText(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Error:
        return QApplication::translate("ImportIssueStyle", "Error");
    case ImportRowStatus::Warning:
        return QApplication::translate("ImportIssueStyle", "Warning");
    case ImportRowStatus::Ok:
        break;
    }
    return QApplication::translate("ImportIssueStyle", "OK");
}

QString ImportIssueStyle::severityText(ImportSeverity severity)
{
    switch (severity) {
    case ImportSeverity::Error:
        return QApplication::translate("ImportIssueStyle", "Error");
    case ImportSeverity::Warning:
        return QApplication::translate("ImportIssueStyle", "Warning");
    case ImportSeverity::Info:
        break;
    }
    return QApplication::translate("ImportIssueStyle", "Note");
}

ImportSeverity ImportIssueStyle::severityOf(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Error:
        return ImportSeverity::Error;
    case ImportRowStatus::Warning:
        return ImportSeverity::Warning;
    case ImportRowStatus::Ok:
        break;
    }
    return ImportSeverity::Info;
}

QString ImportIssueStyle::outcomeText(ImportRowOutcome::Kind kind)
{
    using Kind = ImportRowOutcome::Kind;
    switch (kind) {
    case Kind::Valid:
        return QApplication::translate("ImportIssueStyle", "Valid");
    case Kind::Invalid:
        return QApplication::translate("ImportIssueStyle", "Not imported (error)");
    case Kind::Skipped:
        return QApplication::translate("ImportIssueStyle", "Skipped");
    case Kind::Unchanged:
        return QApplication::translate("ImportIssueStyle", "Unchanged");
    case Kind::Pending:
        return QApplication::translate("ImportIssueStyle", "Pending");
    case Kind::Created:
        return QApplication::translate("ImportIssueStyle", "Created");
    case Kind::Updated:
        return QApplication::translate("ImportIssueStyle", "Updated");
    case Kind::Partial:
        return QApplication::translate("ImportIssueStyle", "Partly done");
    case Kind::Failed:
        return QApplication::translate("ImportIssueStyle", "Failed");
    case Kind::Undone:
        return QApplication::translate("ImportIssueStyle", "Undone");
    }
    return {};
}

ImportSeverity ImportIssueStyle::severityOf(ImportRowOutcome::Kind kind)
{
    using Kind = ImportRowOutcome::Kind;
    switch (kind) {
    case Kind::Invalid:
    case Kind::Failed:
        return ImportSeverity::Error;
    case Kind::Partial:
    case Kind::Pending:
        return ImportSeverity::Warning;
    default:
        break;
    }
    return ImportSeverity::Info;
}

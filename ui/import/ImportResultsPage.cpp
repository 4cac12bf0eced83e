#include "ImportResultsPage.h"

#include "FileDialog.h"
#include "ImportOutcomeModel.h"
#include "ImportSession.h"
#include "MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportResultsPage::ImportResultsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportOutcomeModel(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
    , m_save(new QPushButton(tr("&Save results CSV…"), this))
    , m_undo(new QPushButton(tr("&Undo import…"), this))
    , m_undoStatus(new QLabel(this))
{
    setTitle(tr("Results"));
    setSubTitle(tr("What happened to each row. Save the results file to keep a record, or to correct the rows that "
                   "were not imported and import them again."));
    setFinalPage(true);
    m_counts->setObjectName(u"importResultsCounts"_s);
    m_counts->setWordWrap(true);
    m_view->setObjectName(u"importResultsTable"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(ImportOutcomeModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportOutcomeModel::UserColumn, 160);
    m_view->setColumnWidth(ImportOutcomeModel::OutcomeColumn, 150);
    m_view->setColumnWidth(ImportOutcomeModel::NewIdColumn, 190);
    m_save->setObjectName(u"importSaveResults"_s);
    m_undo->setObjectName(u"importUndo"_s);
    m_undoStatus->setObjectName(u"importUndoStatus"_s);
    m_undoStatus->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoStatus);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportResultsPage::saveResults);
    connect(m_undo, &QPushButton::clicked, this, &ImportResultsPage::undo);
    connect(&session, &ImportSession::undoFinished, this, [this](int deleted, int failed, const QString &error) {
        QString text = tr("Undone: %n user(s) deleted.", nullptr, deleted);
        if (failed > 0)
            text += u' ' + tr("%n change(s) could not be sent; see the pending changes.", nullptr, failed);
        if (!error.isEmpty())
            text += u' ' + tr("The push stopped: %1").arg(error);
        m_undoStatus->setText(text);
        refresh();
    });
}

void ImportResultsPage::initializePage()
{
    refresh();
}

void ImportResultsPage::refresh()
{
    QStringList usernames;
    const QList<ImportRowOutcome> outcomes = m_session.outcomes();
    if (const ImportValidator *validator = m_session.validator()) {
        const int column = validator->mapping().column(ImportField::Username);
        for (const CsvRecord &record : validator->records())
            usernames.append(record.fields.value(column).trimmed());
    }
    m_model->setOutcomes(outcomes, usernames);
    QHash<ImportRowOutcome::Kind, int> counts;
    for (const ImportRowOutcome &outcome : outcomes)
        ++counts[outcome.kind];
    using Kind = ImportRowOutcome::Kind;
    const QLocale locale;
    QStringList parts;
    const auto part = [&](Kind kind, const QString &text) {
        if (counts.value(kind) > 0)
            parts << text.arg(locale.toString(counts.value(kind)));
    };
    part(Kind::Created, tr("%1 created"));
    part(Kind::Updated, tr("%1 updated"));
    part(Kind::Unchanged, tr("%1 unchanged"));
    part(Kind::Partial, tr("%1 partly done"));
    part(Kind::Failed, tr("%1 failed"));
    part(Kind::Pending, tr("%1 pending"));
    part(Kind::Invalid, tr("%1 not imported (errors)"));
    part(Kind::Skipped, tr("%1 skipped"));
    part(Kind::Undone, tr("%1 undone"));
    QString text = tr("%n row(s): ", nullptr, int(outcomes.size())) + parts.join(u", "_s) + u'.';
    if (!m_session.commitError().isEmpty())
        text += u' ' + tr("The import stopped early: %1").arg(m_session.commitError());
    if (counts.value(Kind::Pending) > 0)
        text += u' ' + tr("Pending rows are sent with the next push of the pending changes.");
    m_counts->setText(text);
    m_undo->setEnabled(counts.value(Kind::Created) + counts.value(Kind::Pending) + counts.value(Kind::Partial) > 0);
}

void ImportResultsPage::saveResults()
{
    const QFileInfo source(m_session.file().path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-results") + u".csv"_s);
    const QString path = FileDialog::getSaveFileName(this, tr("Save results"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = m_session.saveResults(path); !saved) {
        MessageBox::Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Save results");
        message.text = tr("The results could not be saved to %1: %2").arg(path, saved.error().detail);
        MessageBox::show(this, message);
        return;
    }
    m_undoStatus->setText(tr("Results saved to %1.").arg(path));
}

void ImportResultsPage::undo()
{
    MessageBox::Message question;
    question.icon = QMessageBox::Question;
    question.title = tr("Undo import");
    question.text = tr("Take the import back? Rows not sent yet are removed from the pending changes, the users it "
                       "created are deleted from the directory, and the updates, group adds and bindings it made for "
                       "existing users are reversed.");
    question.informativeText = tr("Users created by mistake are not billed when deleted within 48 hours. Later, the "
                                  "same undo is in the pending changes: select a change of this import and choose "
                                  "Revert.");
    question.buttons = MessageBox::Ok | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    if (MessageBox::show(this, question) != MessageBox::Ok)
        return;
    auto undone = m_session.undo();
    if (!undone) {
        m_undoStatus->setText(tr("The import could not be undone: %1").arg(undone.error().detail));
        return;
    }
    m_undo->setEnabled(false);
    m_undoStatus->setText(tr("Undoing: sending %n change(s) that reverse the import…", nullptr, undone.value()));
}

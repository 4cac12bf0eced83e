#include "ImportCommitPage.h"

#include "ImportOutcomeModel.h"
#include "ImportSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportCommitPage::ImportCommitPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportOutcomeModel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Each row is sent to the directory in turn. You can stop at any time: rows not sent yet stay in the "
                   "pending changes."));
    m_progress->setObjectName(u"importCommitProgress"_s);
    m_progress->setRange(0, 0);
    m_status->setObjectName(u"importCommitStatus"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"importCommitTable"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ImportOutcomeModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportOutcomeModel::UserColumn, 160);
    m_view->setColumnWidth(ImportOutcomeModel::OutcomeColumn, 150);
    m_view->setColumnWidth(ImportOutcomeModel::NewIdColumn, 190);
    m_stop->setObjectName(u"importCommitStop"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        m_session.cancelCommit();
    });
    connect(&session, &ImportSession::committing, this, &ImportCommitPage::started);
    connect(&session, &ImportSession::rowCommitted, this,
        [this](int index, const ImportRowOutcome &outcome) { m_model->setOutcome(index, outcome); });
    connect(&session, &ImportSession::commitProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        const QLocale locale;
        m_status->setText(tr("%1 of %2 rows done.").arg(locale.toString(done), locale.toString(total)));
    });
    connect(&session, &ImportSession::commitFinished, this, &ImportCommitPage::finished);
}

void ImportCommitPage::initializePage()
{
    m_stop->setEnabled(false);
    m_status->setText(tr("Queueing the rows…"));
    m_session.commit();
}

void ImportCommitPage::started(int total)
{
    QStringList usernames;
    const ImportValidator *validator = m_session.validator();
    const int usernameColumn = validator->mapping().column(ImportField::Username);
    for (const CsvRecord &record : validator->records())
        usernames.append(record.fields.value(usernameColumn).trimmed());
    m_model->setOutcomes(m_session.outcomes(), usernames);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_stop->setEnabled(m_session.canPush());
    m_status->setText(m_session.canPush()
            ? tr("Sending %n row(s)…", nullptr, total)
            : tr("Queued %n row(s); they are sent when Bindery is online.", nullptr, total));
}

void ImportCommitPage::finished(const QString &error)
{
    m_stop->setEnabled(false);
    const QList<ImportRowOutcome> outcomes = m_session.outcomes();
    for (int row = 0; row < int(outcomes.size()); ++row)
        m_model->setOutcome(row, outcomes.at(row));
    if (!error.isEmpty())
        m_status->setText(tr("The import stopped: %1 Rows not sent stay in the pending changes.").arg(error));
    else if (!m_session.canPush())
        m_status->setText(tr("Queued. The rows wait in the pending changes and are sent when Bindery is online."));
    else
        m_status->setText(tr("Done."));
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (!m_session.canPush())
        m_progress->setVisible(false);
    Q_EMIT completeChanged();
}

bool ImportCommitPage::isComplete() const
{
    return m_session.isCommitted() || (!m_session.isCommitting() && !m_session.commitError().isEmpty());
}

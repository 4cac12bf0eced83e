#include "ImportPreviewPage.h"

#include "ImportPreviewFilter.h"
#include "ImportPreviewModel.h"
#include "ImportSession.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportPreviewModel(session, this))
    , m_filter(new ImportPreviewFilter(this))
    , m_view(new QTableView(this))
    , m_filters(new QButtonGroup(this))
    , m_counts(new QLabel(this))
    , m_details(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setTitle(tr("Review every row"));
    setSubTitle(tr("Double-click a cell to correct it. Rows with errors are not imported; untick a row to leave it "
                   "out."));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"importPreviewTable"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->setWordWrap(false);
    m_counts->setObjectName(u"importPreviewCounts"_s);
    m_details->setObjectName(u"importIssueDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_busy->setObjectName(u"importValidating"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    const auto addFilter = [&](const QString &text, const QString &name, ImportPreviewFilter::Show show) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_filters->addButton(button, int(show));
        filters->addWidget(button);
    };
    addFilter(tr("All"), u"importFilterAll"_s, ImportPreviewFilter::Show::All);
    addFilter(tr("Errors"), u"importFilterErrors"_s, ImportPreviewFilter::Show::Errors);
    addFilter(tr("Warnings"), u"importFilterWarnings"_s, ImportPreviewFilter::Show::Warnings);
    addFilter(tr("OK"), u"importFilterOk"_s, ImportPreviewFilter::Show::Ok);
    m_filters->button(int(ImportPreviewFilter::Show::All))->setChecked(true);
    filters->addStretch(1);
    filters->addWidget(m_counts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_filters, &QButtonGroup::idClicked, this,
        [this](int id) { m_filter->setShow(ImportPreviewFilter::Show(id)); });
    connect(&session, &ImportSession::validated, this, [this] {
        m_view->resizeColumnToContents(ImportPreviewModel::ImportColumn);
        m_view->resizeColumnToContents(ImportPreviewModel::LineColumn);
        m_view->resizeColumnToContents(ImportPreviewModel::StatusColumn);
        showState();
    });
    connect(&session, &ImportSession::rowsChanged, this, [this] {
        showState();
        showCurrentIssues();
    });
    connect(&session, &ImportSession::skippedChanged, this, &ImportPreviewPage::showState);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportPreviewPage::showCurrentIssues);
}

void ImportPreviewPage::initializePage()
{
    showState();
}

void ImportPreviewPage::showState()
{
    const bool busy = m_session.isValidating() || !m_session.validator();
    m_busy->setVisible(busy);
    m_view->setEnabled(!busy);
    if (busy) {
        m_counts->setText(tr("Checking %n row(s)…", nullptr, int(m_session.file().records.size())));
    } else {
        int ok = 0;
        int warnings = 0;
        int errors = 0;
        for (const ImportRowResult &result : m_session.validator()->results()) {
            ok += result.status == ImportRowStatus::Ok ? 1 : 0;
            warnings += result.status == ImportRowStatus::Warning ? 1 : 0;
            errors += result.status == ImportRowStatus::Error ? 1 : 0;
        }
        const QLocale locale;
        m_filters->button(int(ImportPreviewFilter::Show::All))
            ->setText(tr("All (%1)").arg(locale.toString(ok + warnings + errors)));
        m_filters->button(int(ImportPreviewFilter::Show::Errors))
            ->setText(tr("Errors (%1)").arg(locale.toString(errors)));
        m_filters->button(int(ImportPreviewFilter::Show::Warnings))
            ->setText(tr("Warnings (%1)").arg(locale.toString(warnings)));
        m_filters->button(int(ImportPreviewFilter::Show::Ok))->setText(tr("OK (%1)").arg(locale.toString(ok)));
        const ImportSession::CommitSummary summary = m_session.commitSummary();
        m_counts->setText(tr("%1 to import, %2 not imported (errors), %3 left out")
                              .arg(locale.toString(summary.creates + summary.updates),
                                  locale.toString(summary.errorRows), locale.toString(summary.skipped)));
    }
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showCurrentIssues()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid() || !m_session.validator()) {
        m_details->setText(tr("Select a row to see what is wrong with it."));
        return;
    }
    const QModelIndex status = m_model->index(current.row(), ImportPreviewModel::StatusColumn);
    const QString text = status.data(Qt::ToolTipRole).toString();
    const qint64 line = m_session.validator()->results().at(current.row()).line;
    m_details->setText(
        text.isEmpty() ? tr("Line %1 has no problems.").arg(line) : tr("Line %1:\n%2").arg(line).arg(text));
}

bool ImportPreviewPage::isComplete() const
{
    if (m_session.isValidating() || !m_session.validator())
        return false;
    const ImportSession::CommitSummary summary = m_session.commitSummary();
    return summary.creates + summary.updates > 0;
}

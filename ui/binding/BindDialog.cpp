#include "BindDialog.h"

#include "BindPlanTableModel.h"
#include "BindingPlanText.h"
#include "DropDescription.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int NoFilter = -1;
constexpr int MaximumNamesListed = 5;
constexpr int MaximumFittedColumnWidth = 280;

// English singular and plural as two source strings (see BindingPlanText): right without a loaded translation.
QString countText(const char *singular, const char *plural, qint64 n)
{
    const int count = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    return BindDialog::tr(count == 1 ? singular : plural, nullptr, count);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// "bob, carol and 3 more": enough to recognise, short enough for one line.
QString nameList(const QStringList &names)
{
    if (names.size() <= MaximumNamesListed)
        return QLocale().createSeparatedList(names);
    QStringList shown = names.mid(0, MaximumNamesListed);
    shown.append(BindDialog::tr("%1 more").arg(number(names.size() - MaximumNamesListed)));
    return QLocale().createSeparatedList(shown);
}

} // namespace

BindDialog::BindDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_warningIcon(new QLabel(this))
    , m_warningSummary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_actionFilter(new QComboBox(this))
    , m_warningFilter(new QComboBox(this))
    , m_shownCount(new QLabel(this))
    , m_model(new BindPlanTableModel(this))
    , m_table(new QTableView(this))
    , m_pairDetails(new QLabel(this))
    , m_admin(new QCheckBox(tr("Make them &administrators (sudo) on these devices"), this))
    , m_passwordless(new QCheckBox(tr("… without asking for their &password (passwordless sudo)"), this))
    , m_optionsNote(new QLabel(this))
    , m_lastUserConfirmation(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_confirm(m_buttons->addButton(tr("Bind"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"bindDialog"_s);
    setWindowTitle(tr("Review binding"));
    m_heading->setObjectName(u"bindHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_progress->setObjectName(u"bindProgress"_s);
    m_progress->setRange(0, 0); // busy: the planner does not report steps, and a million pairs take under a second
    m_progress->setMaximumWidth(200);
    m_progressText->setObjectName(u"bindProgressText"_s);
    m_summary->setObjectName(u"bindSummary"_s);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(BindPlanTableModel::warningIcon().pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warningSummary->setObjectName(u"bindWarningSummary"_s);
    m_warningSummary->setWordWrap(true);
    m_note->setObjectName(u"bindNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    // Filled only once a plan is in, after the dialog is shown: they must grow with their items.
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_warningFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionFilter->setObjectName(u"bindActionFilter"_s);
    m_actionFilter->setAccessibleName(tr("Show action"));
    m_warningFilter->setObjectName(u"bindWarningFilter"_s);
    m_warningFilter->setAccessibleName(tr("Show warning"));
    m_shownCount->setObjectName(u"bindShownCount"_s);

    m_table->setObjectName(u"bindPlanTable"_s);
    m_table->setAccessibleName(tr("Planned pairs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    m_pairDetails->setObjectName(u"bindPairDetails"_s);
    m_pairDetails->setWordWrap(true);
    m_pairDetails->setTextFormat(Qt::PlainText);
    m_pairDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pairDetails->setMinimumHeight(3 * m_pairDetails->fontMetrics().lineSpacing());
    m_pairDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_admin->setObjectName(u"bindAdminOption"_s);
    m_passwordless->setObjectName(u"bindPasswordlessOption"_s);
    m_passwordless->setEnabled(false);
    m_optionsNote->setObjectName(u"bindOptionsNote"_s);
    m_optionsNote->setWordWrap(true);
    m_lastUserConfirmation->setObjectName(u"bindLastUserConfirmation"_s);
    m_lastUserConfirmation->hide();
    m_confirm->setObjectName(u"bindConfirmButton"_s);
    m_confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"bindCancelButton"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningIcon);
    warningRow->addWidget(m_warningSummary, 1);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_actionFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_actionFilter);
    filterRow->addWidget(m_warningFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_shownCount);
    auto *passwordlessRow = new QHBoxLayout;
    passwordlessRow->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
    passwordlessRow->addWidget(m_passwordless, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addLayout(warningRow);
    layout->addWidget(m_note);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pairDetails);
    layout->addWidget(m_admin);
    layout->addLayout(passwordlessRow);
    layout->addWidget(m_optionsNote);
    layout->addWidget(m_lastUserConfirmation);
    layout->addWidget(m_buttons);
    resize(920, 640);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_confirm->isEnabled())
            return;
        Q_EMIT confirmed();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_admin, &QCheckBox::toggled, m_passwordless, &QWidget::setEnabled);
    connect(m_admin, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_passwordless->setChecked(false);
    });
    connect(m_lastUserConfirmation, &QCheckBox::toggled, this, &BindDialog::updateConfirm);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &BindDialog::applyFilters);
    connect(m_warningFilter, &QComboBox::currentIndexChanged, this, &BindDialog::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BindDialog::showCurrentPair);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BindDialog::updateShownCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BindDialog::showCurrentPair);

    showPlanning(tr("Working out what each device will do…"));
}

BindDialog::~BindDialog() = default;

void BindDialog::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    setWindowTitle(heading);
}

void BindDialog::showPlanning(const QString &text)
{
    m_progress->show();
    m_progressText->setText(text);
    m_progressText->show();
    m_summary->clear();
    m_warningIcon->hide();
    m_warningSummary->hide();
    m_note->hide();
    m_confirm->setEnabled(false);
}

void BindDialog::showFailure(const QString &text)
{
    m_progress->hide();
    m_progressText->setText(text);
    m_progressText->show();
    m_confirm->setEnabled(false);
}

void BindDialog::setPlan(BindingDropPlan plan)
{
    m_plan = std::move(plan);
    const BindingPlan &pairs = m_plan->plan;
    const BindingPlanSummary &summary = pairs.summary();
    m_progress->hide();
    m_progressText->hide();

    m_summary->setText(summaryText());
    const QString warnings = BindingPlanText::warningSummaryLine(summary);
    m_warningSummary->setText(warnings);
    m_warningSummary->setVisible(!warnings.isEmpty());
    m_warningIcon->setVisible(!warnings.isEmpty());
    const QString note = noteText();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());

    const bool direct = m_plan->operation == BindingDropPlan::Operation::BindToDevices;
    const bool unbind = m_plan->operation == BindingDropPlan::Operation::Unbind;
    m_admin->setVisible(!unbind);
    m_passwordless->setVisible(!unbind);
    m_admin->setEnabled(direct);
    if (!direct)
        m_admin->setChecked(false);
    m_optionsNote->setVisible(!unbind && !direct);
    m_optionsNote->setText(tr("Admin rights through groups come from the user group's own “Admin on all devices” "
                              "setting, not from this change."));

    QStringList lastUserNames;
    const int lastUserCount = lastUserDevices(&lastUserNames);
    m_lastUserConfirmation->setChecked(false);
    m_lastUserConfirmation->setVisible(lastUserCount > 0);
    if (lastUserCount == 1) {
        m_lastUserConfirmation->setText(tr("I understand that %1 will be left with no bound user and may have no "
                                           "usable account")
                                            .arg(lastUserNames.constFirst()));
    } else if (lastUserCount > 1) {
        m_lastUserConfirmation->setText(
            tr("I understand that %1 (%2) will be left with no bound user and may have "
               "no usable account")
                .arg(DropDescription::count(lastUserCount, ObjectKind::Device), nameList(lastUserNames)));
    }

    m_model->setPlan(pairs);
    // An unbind matches no name: the column would only be empty.
    m_table->setColumnHidden(BindPlanTableModel::MatchedField, unbind);
    fillFilters();
    // Every column but the last (which stretches) to its content, from the rows in view only.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column) {
        m_table->resizeColumnToContents(column);
        if (header->sectionSize(column) > MaximumFittedColumnWidth)
            header->resizeSection(column, MaximumFittedColumnWidth);
    }
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_confirm->setText(confirmText());
    updateConfirm();
    Q_EMIT planShown();
}

QString BindDialog::summaryText() const
{
    if (!m_plan)
        return {};
    const BindingPlan &plan = m_plan->plan;
    const QString pairs = plan.size() == 0
        ? QString()
        : tr("%1: %2").arg(countText(QT_TR_NOOP("%Ln pair"), QT_TR_NOOP("%Ln pairs"), plan.size()),
            BindingPlanText::summaryLine(plan.summary()));
    const bool users = m_plan->operation == BindingDropPlan::Operation::AddUsersToGroup;
    if (!users && m_plan->operation != BindingDropPlan::Operation::AddDevicesToGroup)
        return plan.size() == 0 ? BindingPlanText::summaryLine(plan.summary()) : pairs;
    // A membership: what is added first, then what it gives on devices.
    const qint64 added = m_plan->newIds.size();
    if (added == 0)
        return users ? tr("Nothing to do: every user is a member already")
                     : tr("Nothing to do: every device is a member already");
    const QString adds = users
        ? countText(QT_TR_NOOP("Adds %Ln user to %1"), QT_TR_NOOP("Adds %Ln users to %1"), added)
        : countText(QT_TR_NOOP("Adds %Ln device to %1"), QT_TR_NOOP("Adds %Ln devices to %1"), added);
    return tr("%1 — %2").arg(
        adds.arg(m_plan->request.targetName), pairs.isEmpty() ? tr("no device access through it yet") : pairs);
}

BindingChangeOptions BindDialog::options() const
{
    BindingChangeOptions options;
    options.sudo = m_admin->isEnabled() && m_admin->isChecked();
    options.sudoWithoutPassword = options.sudo && m_passwordless->isChecked();
    return options;
}

void BindDialog::fillFilters()
{
    const QSignalBlocker blockActions(m_actionFilter);
    const QSignalBlocker blockWarnings(m_warningFilter);
    const BindingPlanSummary &summary = m_plan->plan.summary();
    m_actionFilter->clear();
    m_actionFilter->addItem(tr("All actions"), NoFilter);
    for (int a = 0; a < BindingActionCount; ++a) {
        const qint64 n = summary.count(BindingAction(a));
        if (n > 0) {
            m_actionFilter->addItem(BindPlanTableModel::actionIcon(BindingAction(a)),
                tr("%1 (%2)").arg(BindingPlanText::actionLabel(BindingAction(a)), number(n)), a);
        }
    }
    m_warningFilter->clear();
    m_warningFilter->addItem(tr("With or without warnings"), NoFilter);
    qint64 withWarnings = 0;
    for (const BindingPlanPair &pair : m_plan->plan.pairs())
        withWarnings += pair.warnings.isEmpty() ? 0 : 1;
    if (withWarnings > 0) {
        m_warningFilter->addItem(BindPlanTableModel::warningIcon(),
            tr("With any warning (%1)").arg(number(withWarnings)), BindPlanTableModel::AnyWarning);
    }
    for (int w = 0; w < BindingWarningCount; ++w) {
        const qint64 n = summary.count(BindingWarning(w));
        if (n > 0 && BindingWarning(w) != BindingWarning::LargeFanout) {
            m_warningFilter->addItem(BindPlanTableModel::warningIcon(),
                tr("%1 (%2)").arg(BindPlanTableModel::warningLabel(BindingWarning(w)), number(n)), w);
        }
    }
}

void BindDialog::applyFilters()
{
    const int action = m_actionFilter->currentData().toInt();
    const int warning = m_warningFilter->currentData().toInt();
    m_model->setActionFilter(action == NoFilter ? std::nullopt : std::optional(BindingAction(action)));
    m_model->setWarningFilter(warning == NoFilter ? std::nullopt : std::optional(warning));
}

void BindDialog::updateShownCount()
{
    const qint64 total = m_plan ? m_plan->plan.size() : 0;
    const qint64 shown = m_model->rowCount();
    m_shownCount->setText(shown == total ? countText(QT_TR_NOOP("%Ln pair"), QT_TR_NOOP("%Ln pairs"), total)
                                         : tr("%1 of %2 pairs").arg(number(shown), number(total)));
}

void BindDialog::updateConfirm()
{
    const bool something = m_plan && m_plan->sendCount() > 0;
    const bool confirmedLastUser = !m_lastUserConfirmation->isVisibleTo(this) || m_lastUserConfirmation->isChecked();
    m_confirm->setEnabled(something && confirmedLastUser);
    m_confirm->setDefault(m_confirm->isEnabled());
}

void BindDialog::showCurrentPair()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_plan || !current.isValid()) {
        m_pairDetails->setText(tr("Select a pair to see what happens on the device and why."));
        return;
    }
    const BindingPlanPair &pair = m_model->pairAt(current.row());
    QStringList lines { BindingPlanText::pairDescription(m_plan->plan, pair) };
    for (const QString &warning : BindingPlanText::warningMessages(m_plan->plan, pair))
        lines.append(tr("Warning: %1").arg(warning));
    m_pairDetails->setText(lines.join(u'\n'));
}

int BindDialog::lastUserDevices(QStringList *names) const
{
    QSet<int> devices;
    for (const BindingPlanPair &pair : m_plan->plan.pairs()) {
        if (pair.warnings.has(BindingWarning::LastUser) && !devices.contains(pair.deviceIndex)) {
            devices.insert(pair.deviceIndex);
            names->append(m_plan->plan.device(pair).shownName());
        }
    }
    return int(devices.size());
}

QString BindDialog::confirmText() const
{
    const qint64 n = m_plan->sendCount();
    switch (m_plan->operation) {
    case BindingDropPlan::Operation::BindToDevices:
        return countText(QT_TR_NOOP("&Bind %Ln pair"), QT_TR_NOOP("&Bind %Ln pairs"), n);
    case BindingDropPlan::Operation::BindGroups:
        return countText(QT_TR_NOOP("&Bind %Ln group"), QT_TR_NOOP("&Bind %Ln groups"), n);
    case BindingDropPlan::Operation::AddUsersToGroup:
        return countText(QT_TR_NOOP("&Add %Ln user"), QT_TR_NOOP("&Add %Ln users"), n);
    case BindingDropPlan::Operation::AddDevicesToGroup:
        return countText(QT_TR_NOOP("&Add %Ln device"), QT_TR_NOOP("&Add %Ln devices"), n);
    case BindingDropPlan::Operation::Unbind:
        return countText(QT_TR_NOOP("&Unbind %Ln pair"), QT_TR_NOOP("&Unbind %Ln pairs"), n);
    }
    return {};
}

QString BindDialog::noteText() const
{
    const BindingDropPlan &drop = *m_plan;
    const BindingPlanSummary &summary = drop.plan.summary();
    const qint64 blocked = summary.count(BindingAction::Blocked);
    QStringList lines;
    switch (drop.operation) {
    case BindingDropPlan::Operation::BindToDevices:
        if (blocked > 0)
            lines << tr("Blocked pairs are left out: nothing is sent for them.");
        if (summary.count(BindingAction::AlreadyBound) > 0)
            lines << tr("Pairs already bound are left out.");
        break;
    case BindingDropPlan::Operation::BindGroups:
        if (!drop.newNames.isEmpty()) {
            lines << tr("One group binding gives every member an account on every device of %1; it cannot leave "
                        "single pairs out.")
                         .arg(drop.request.targetName);
        }
        if (blocked > 0)
            lines << tr("The devices of blocked pairs will refuse those accounts.");
        if (!drop.existingNames.isEmpty())
            lines << tr("Already bound to %1: %2.").arg(drop.request.targetName, nameList(drop.existingNames));
        break;
    case BindingDropPlan::Operation::AddUsersToGroup:
    case BindingDropPlan::Operation::AddDevicesToGroup: {
        const bool users = drop.operation == BindingDropPlan::Operation::AddUsersToGroup;
        if (drop.viaGroupNames.isEmpty()) {
            lines << (users ? tr("%1 is bound to no device group: the new members get no device access yet.")
                            : tr("No user group is bound to %1: no accounts are created on the new members yet."))
                         .arg(drop.request.targetName);
        } else {
            lines << (users ? tr("Members get accounts on the devices of %1.")
                            : tr("The members of %1 get accounts on the added devices."))
                         .arg(nameList(drop.viaGroupNames));
        }
        if (blocked > 0)
            lines << tr("A membership cannot leave single pairs out: the devices of blocked pairs will refuse those "
                        "accounts.");
        if (!drop.existingNames.isEmpty())
            lines << tr("Already members: %1.").arg(nameList(drop.existingNames));
        break;
    }
    case BindingDropPlan::Operation::Unbind: {
        if (summary.count(BindingAction::NotBound) > 0)
            lines << tr("Pairs without a direct binding are left out; access through a group stays.");
        const BindingPlanInput &input = drop.plan.input();
        if (input.devices.size() == 1) {
            const int remaining = drop.plan.remainingUsers(0);
            const QString device = input.devices.constFirst().shownName();
            lines << (remaining == 0 ? tr("No user stays bound to %1.").arg(device)
                                     : countText(QT_TR_NOOP("%Ln user stays bound to %1."),
                                         QT_TR_NOOP("%Ln users stay bound to %1."), remaining)
                                           .arg(device));
        }
        break;
    }
    }
    if (drop.plan.planWarnings().has(BindingWarning::LargeFanout))
        lines << BindingPlanText::planWarningMessage(drop.plan, BindingWarning::LargeFanout);
    return lines.join(u'\n');
}

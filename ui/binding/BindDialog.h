#pragma once

#include "BindingDropPlan.h"

#include <QDialog>
#include <optional>

class BindPlanTableModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Shows what a drop (or an unbind) will do before anything changes: the summary ("3 new accounts, 2 takeovers,
// 1 blocked"), a filterable table of every user × device pair with its action, account, matched field and warnings,
// and the admin options. It only shows and asks; BindingController plans, and writes the outbox on confirmed().
// Widgets carry object names for tests (bindSummary, bindPlanTable, bindConfirmButton …).
class BindDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BindDialog(QWidget *parent = nullptr);
    ~BindDialog() override;

    void setHeading(const QString &heading);
    // While the plan is worked out on a worker: a busy bar and this text; confirm stays disabled.
    void showPlanning(const QString &text);
    void showFailure(const QString &text);
    void setPlan(BindingDropPlan plan);

    const BindingDropPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    BindingChangeOptions options() const;
    BindPlanTableModel *planModel() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    void planShown(); // the summary is on screen
    void confirmed(); // the admin confirmed; emitted before the dialog closes

private:
    void fillFilters();
    void applyFilters();
    void updateShownCount();
    void updateConfirm();
    void showCurrentPair();
    QString confirmText() const;
    QString noteText() const;
    int lastUserDevices(QStringList *names) const;

    std::optional<BindingDropPlan> m_plan;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_summary;
    QLabel *m_warningIcon;
    QLabel *m_warningSummary;
    QLabel *m_note;
    QComboBox *m_actionFilter;
    QComboBox *m_warningFilter;
    QLabel *m_shownCount;
    BindPlanTableModel *m_model;
    QTableView *m_table;
    QLabel *m_pairDetails;
    QCheckBox *m_admin;
    QCheckBox *m_passwordless;
    QLabel *m_optionsNote;
    QCheckBox *m_lastUserConfirmation;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

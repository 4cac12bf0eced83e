#pragma once

#include <QDialog>

class QSpinBox;

// Asks for the MFA enrollment period (DOMAIN.md: 1–365 days, default 7) and says what happens to
// the users named: MFA becomes required, their TOTP key is reset, and they must enrol again in
// that time or are locked out of the portal (the user.resetMfa row sends exactly that).
class ResetMfaDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DefaultDays = 7;

    explicit ResetMfaDialog(const QStringList &usernames, QWidget *parent = nullptr);

    int enrollmentDays() const;
    QSpinBox *daysField() const { return m_days; }

private:
    QSpinBox *m_days;
};

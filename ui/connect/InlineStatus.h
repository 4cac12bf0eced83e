#pragma once

#include <QWidget>

class QLabel;

// A one-paragraph status line inside a dialog: an icon and word-wrapped plain text, for a
// connection test's outcome or a credential-store note. Hidden while it has nothing to say.
class InlineStatus final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { None, Busy, Success, Information, Warning, Error };

    explicit InlineStatus(QWidget *parent = nullptr);

    void setStatus(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::None;
};

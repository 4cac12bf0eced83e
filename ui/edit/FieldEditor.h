#pragma once

#include "FieldIssue.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// A line edit with its messages right below it: errors in the palette's error colour, warnings in
// the text colour with a warning sign, so each problem sits beside the value it is about. The
// messages are also the line edit's accessible description, for screen readers.
class FieldEditor final : public QWidget
{
    Q_OBJECT

public:
    // `name` is the object name of the line edit; the message label gets name + "Issues".
    explicit FieldEditor(const QString &name, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);

    // Each message paired with whether it is an error.
    void setMessages(const QList<std::pair<QString, bool>> &messages);
    QString messageText() const;
    bool hasError() const { return m_hasError; }

    // Read-only with the reason shown below (the messages are replaced by it).
    void setLocked(const QString &reason);
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_edit;
    QLabel *m_messages;
    bool m_hasError = false;
    bool m_locked = false;
};

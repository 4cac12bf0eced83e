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

    // Makes the window of `changed` tall enough for its word-wrapped labels at its current width.
    // A top-level window does not follow its layout's height-for-width by itself, so a paragraph
    // that appears or grows after the window is shown would be clipped.
    static void growWindowToFit(QWidget *changed);

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::None;
};

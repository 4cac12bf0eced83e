#include "FieldEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FieldEditor::FieldEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_messages(new QLabel(this))
{
    m_edit->setObjectName(name);
    m_messages->setObjectName(name + u"Issues"_s);
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setVisible(false);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_messages);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QString FieldEditor::text() const
{
    return m_edit->echoMode() == QLineEdit::Normal ? m_edit->text().trimmed() : m_edit->text();
}

void FieldEditor::setText(const QString &text)
{
    m_edit->setText(text);
}

void FieldEditor::setMessages(const QList<std::pair<QString, bool>> &messages)
{
    if (m_locked)
        return;
    m_hasError = false;
    QStringList lines;
    // Readable on light and dark palettes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString errorColour = dark ? u"#ff8a80"_s : u"#c62828"_s;
    const QString warningColour = dark ? u"#ffcc80"_s : u"#8a5300"_s;
    for (const auto &[text, isError] : messages) {
        m_hasError = m_hasError || isError;
        lines << u"<span style=\"color:%1\">%2</span>"_s.arg(
            isError ? errorColour : warningColour, text.toHtmlEscaped());
    }
    m_messages->setText(lines.join(u"<br>"_s));
    m_messages->setVisible(!lines.isEmpty());
    QStringList plain;
    for (const auto &message : messages)
        plain << message.first;
    m_edit->setAccessibleDescription(plain.join(u' '));
}

QString FieldEditor::messageText() const
{
    return m_messages->isVisible() ? m_edit->accessibleDescription() : QString();
}

void FieldEditor::setLocked(const QString &reason)
{
    m_locked = true;
    m_hasError = false;
    m_edit->setReadOnly(true);
    m_edit->setToolTip(reason);
    m_messages->setText(u"<i>%1</i>"_s.arg(reason.toHtmlEscaped()));
    m_messages->setVisible(true);
    m_edit->setAccessibleDescription(reason);
}

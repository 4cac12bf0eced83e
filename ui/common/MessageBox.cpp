#include "MessageBox.h"

#include <QPushButton>

namespace {

QList<MessageBox::Button> &queuedAnswers()
{
    static QList<MessageBox::Button> answers;
    return answers;
}

QList<MessageBox::Message> &shownMessages()
{
    static QList<MessageBox::Message> messages;
    return messages;
}

QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
    case MessageBox::RebuildCache:
    case MessageBox::TryAgain:
        return QMessageBox::AcceptRole;
    case MessageBox::OpenAnother:
        return QMessageBox::ActionRole;
    case MessageBox::Cancel:
    case MessageBox::Quit:
    case MessageBox::NoButton:
        break;
    }
    return QMessageBox::RejectRole;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, const Message &message)
{
    shownMessages().append(message);
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();

    QMessageBox box(message.icon, message.title, message.text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(message.informativeText);
    box.setDetailedText(message.detailedText);
    QList<QPair<QAbstractButton *, Button>> pushButtons;
    for (Button button : { RebuildCache, TryAgain, OpenAnother, Ok, Quit, Cancel }) {
        if (!message.buttons.testFlag(button))
            continue;
        QPushButton *pushButton = box.addButton(buttonText(button), roleOf(button));
        pushButtons.append({ pushButton, button });
        if (button == message.defaultButton)
            box.setDefaultButton(pushButton);
    }
    box.exec();
    for (const auto &[pushButton, button] : std::as_const(pushButtons)) {
        if (box.clickedButton() == pushButton)
            return button;
    }
    // Escape or the window's close button: Cancel when offered, else no choice at all
    // (never Quit: closing a question must not end the program).
    if (message.buttons.testFlag(Cancel))
        return Cancel;
    return message.buttons == Buttons(Ok) ? Ok : NoButton;
}

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Cancel:
        return tr("Cancel");
    case RebuildCache:
        return tr("Rebuild cache");
    case OpenAnother:
        return tr("Open another file…");
    case TryAgain:
        return tr("Try again");
    case Quit:
        return tr("Quit");
    case NoButton:
        break;
    }
    return {};
}

void MessageBox::setNextAnswer(Button answer)
{
    queuedAnswers().append(answer);
}

void MessageBox::clearAnswers()
{
    queuedAnswers().clear();
}

const QList<MessageBox::Message> &MessageBox::history()
{
    return shownMessages();
}

void MessageBox::clearHistory()
{
    shownMessages().clear();
}

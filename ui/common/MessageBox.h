#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

// Every question and notice Bindery shows goes through here, so a test can answer the next
// dialog in advance (setNextAnswer) instead of racing a modal box with timers.
// Inspired by KeePassXC's MessageBox seam.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    // The answers Bindery asks for; each maps to one push button with a translated label.
    enum Button {
        NoButton = 0,
        Ok = 1 << 0,
        Cancel = 1 << 1,
        RebuildCache = 1 << 2,
        OpenAnother = 1 << 3,
        TryAgain = 1 << 4,
        Quit = 1 << 5,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text; // rich text allowed; names the file and says what the admin can do
        QString informativeText;
        QString detailedText; // technical detail from the cache layer, shown on demand
        Buttons buttons = Ok;
        Button defaultButton = Ok;
    };

    // Shows the message modally and returns the button chosen (or the queued test answer);
    // NoButton when the box was closed without a choice.
    static Button show(QWidget *parent, const Message &message);

    // Test seam: the next show() returns these answers in order without showing anything.
    static void setNextAnswer(Button answer);
    static void clearAnswers();
    // Test seam: every message shown or answered so far, newest last.
    static const QList<Message> &history();
    static void clearHistory();

private:
    static QString buttonText(Button button);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBox::Buttons)

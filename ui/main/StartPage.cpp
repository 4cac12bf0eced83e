#include "StartPage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_reconnectButton(new QPushButton(this))
    , m_connectButton(new QPushButton(tr("Connect to an org…"), this))
    , m_demoButton(new QPushButton(tr("Open the demo org"), this))
    , m_openButton(new QPushButton(tr("Open a cache file offline…"), this))
{
    setObjectName(u"startPage"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/bindery.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to Bindery"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(tr("Review and manage an org's users, devices and groups from a local copy that "
                                      "stays useful offline. Connect with an administrator API key of your org, or "
                                      "try the demo org: a small company served by a directory running on this "
                                      "computer, where nothing leaves the machine."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_reconnectButton->setObjectName(u"reconnectButton"_s);
    m_reconnectButton->hide();
    connect(m_reconnectButton, &QPushButton::clicked, this, &StartPage::reconnectRequested);
    m_connectButton->setObjectName(u"connectButton"_s);
    connect(m_connectButton, &QPushButton::clicked, this, &StartPage::connectRequested);
    m_demoButton->setObjectName(u"openDemoButton"_s);
    connect(m_demoButton, &QPushButton::clicked, this, &StartPage::openDemoRequested);
    m_openButton->setObjectName(u"openCacheButton"_s);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openCacheRequested);

    // Same width for all, so the column reads as one list of choices.
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    for (QPushButton *button : { m_reconnectButton, m_connectButton, m_demoButton, m_openButton }) {
        button->setMinimumWidth(280);
        buttons->addWidget(button);
    }

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(explanation);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->setAlignment(buttons, Qt::AlignHCenter);
    column->addStretch(3);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    setLastConnection(QString());
}

void StartPage::setLastConnection(const QString &name)
{
    m_reconnectButton->setVisible(!name.isEmpty());
    m_reconnectButton->setText(tr("Connect to %1").arg(name));
    // Enter picks the likeliest choice: the org used last, else the demo for a first look.
    QPushButton *likeliest = name.isEmpty() ? m_demoButton : m_reconnectButton;
    for (QPushButton *button : { m_reconnectButton, m_connectButton, m_demoButton, m_openButton })
        button->setDefault(button == likeliest);
    setFocusProxy(likeliest);
}

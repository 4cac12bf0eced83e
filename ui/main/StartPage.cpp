#include "StartPage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
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
                                      "stays useful offline. The demo org is a small company served by a directory "
                                      "running on this computer: try anything, nothing leaves the machine."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_demoButton->setObjectName(u"openDemoButton"_s);
    m_demoButton->setDefault(true);
    connect(m_demoButton, &QPushButton::clicked, this, &StartPage::openDemoRequested);
    m_openButton->setObjectName(u"openCacheButton"_s);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openCacheRequested);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(explanation);
    column->addSpacing(16);
    column->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    column->addSpacing(4);
    column->addWidget(m_openButton, 0, Qt::AlignHCenter);
    column->addStretch(3);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);
    setFocusProxy(m_demoButton);
}

#pragma once

#include "PaneKind.h"

#include <QListWidget>

// The left-hand list of the four panes, each with its object count drawn right-aligned.
class NavigationList final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    PaneKind currentKind() const;
    void setCurrentKind(PaneKind kind);
    void setCount(PaneKind kind, int count);
    int count(PaneKind kind) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void kindSelected(PaneKind kind);
};

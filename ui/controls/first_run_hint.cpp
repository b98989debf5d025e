#include "ui/controls/first_run_hint.h"

#include "model/settings_keys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace regviz {

FirstRunHint::FirstRunHint(QWidget *parent) : QFrame(parent), m_dismiss(new QPushButton(tr("Got it"), this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: a note from the program, in the light and the dark theme alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Tip"));

    auto *text = new QLabel(tr("<b>Start here:</b> drag the λ slider to the right. Once λ passes λc, the "
                               "L1 minimum snaps to exactly 0 while the L2 minimum only shrinks."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setForegroundRole(QPalette::ToolTipText);
    m_dismiss->setToolTip(tr("Hide this tip for good"));
    m_dismiss->setAccessibleName(tr("Dismiss the tip"));
    m_dismiss->setAccessibleDescription(text->text());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunHint::dismiss);
}

bool FirstRunHint::isDue()
{
    return !QSettings().value(settings::firstRunHintSeen, false).toBool();
}

void FirstRunHint::markSeen()
{
    QSettings().setValue(settings::firstRunHintSeen, true);
}

void FirstRunHint::dismiss()
{
    if (isHidden())
        return;
    markSeen();
    hide();
    Q_EMIT dismissed();
}

} // namespace regviz

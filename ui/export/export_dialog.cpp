#include "ui/export/export_dialog.h"

#include "model/panel_names.h"
#include "model/settings_keys.h"
#include "ui/plots/dashboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace regviz {

ExportDialog::ExportDialog(Kind kind, QWidget *parent)
    : QDialog(parent), m_panel(new QComboBox(this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this)), m_frames(new QSpinBox(this)),
      m_delay(new QSpinBox(this)),
      m_screenColors(new QCheckBox(tr("Colours as on screen (dark theme: dark figure)"), this))
{
    setWindowTitle(kind == Kind::Figure ? tr("Export figure") : tr("Export descent animation"));
    m_panel->addItem(tr("Whole dashboard"), QString());
    for (const QString &name : panelNames())
        m_panel->addItem(name, name);
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(kMinFigureSide, kMaxFigureSide);
        side->setSuffix(tr(" px"));
    }
    m_scale->setRange(kMinFigureScale, kMaxFigureScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setToolTip(tr("PNG pixels per logical pixel (%1 to %2): 2 gives a crisp figure on high-density "
                           "screens and slides")
                            .arg(kMinFigureScale)
                            .arg(kMaxFigureScale));
    m_frames->setRange(1, kMaxAnimationFrames);
    m_delay->setRange(20, 60000);
    m_delay->setSuffix(tr(" ms"));
    m_panel->setToolTip(tr("The whole dashboard (the article's six panels) or one panel"));
    m_width->setToolTip(
        tr("Figure width in pixels (points for PDF), %1 to %2").arg(kMinFigureSide).arg(kMaxFigureSide));
    m_height->setToolTip(
        tr("Figure height in pixels (points for PDF), %1 to %2").arg(kMinFigureSide).arg(kMaxFigureSide));
    m_frames->setToolTip(tr("Frames in the animation, 1 to %1").arg(kMaxAnimationFrames));
    m_delay->setToolTip(tr("Time each frame shows"));
    m_screenColors->setToolTip(tr("Off: black on white, for print and slides. On: the window's colours."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Panel"), m_panel);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Scale (PNG)"), m_scale);
    form->addRow(m_screenColors);
    if (kind == Kind::Animation) {
        form->addRow(tr("Frames"), m_frames);
        form->addRow(tr("Frame delay"), m_delay);
    } else {
        m_frames->hide();
        m_delay->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setOptions(lastOptions());
}

AnimationOptions ExportDialog::options() const
{
    AnimationOptions o;
    o.figure.panel = m_panel->currentData().toString();
    o.figure.size = QSize(m_width->value(), m_height->value());
    o.figure.scale = m_scale->value();
    o.figure.screenColors = m_screenColors->isChecked();
    o.frameCount = m_frames->value();
    o.delayMs = m_delay->value();
    return o;
}

void ExportDialog::setOptions(const AnimationOptions &o)
{
    m_panel->setCurrentIndex(std::max(0, m_panel->findData(o.figure.panel)));
    m_width->setValue(o.figure.size.width());
    m_height->setValue(o.figure.size.height());
    m_scale->setValue(o.figure.scale);
    m_screenColors->setChecked(o.figure.screenColors);
    m_frames->setValue(o.frameCount);
    m_delay->setValue(o.delayMs);
}

AnimationOptions ExportDialog::lastOptions()
{
    const QSettings settings;
    AnimationOptions o;
    o.figure.size = QSize(1600, 1000);
    o.figure.panel = settings.value(settings::exportPanel, QString()).toString();
    o.figure.size = settings.value(settings::exportSize, o.figure.size).toSize();
    o.figure.scale = settings.value(settings::exportScale, 2.0).toDouble();
    o.figure.screenColors = settings.value(settings::exportScreenColors, false).toBool();
    o.frameCount = settings.value(settings::exportFrames, o.frameCount).toInt();
    o.delayMs = settings.value(settings::exportDelay, o.delayMs).toInt();
    return o;
}

void ExportDialog::accept()
{
    const AnimationOptions o = options();
    QSettings settings;
    settings.setValue(settings::exportPanel, o.figure.panel);
    settings.setValue(settings::exportSize, o.figure.size);
    settings.setValue(settings::exportScale, o.figure.scale);
    settings.setValue(settings::exportScreenColors, o.figure.screenColors);
    settings.setValue(settings::exportFrames, o.frameCount);
    settings.setValue(settings::exportDelay, o.delayMs);
    QDialog::accept();
}

} // namespace regviz

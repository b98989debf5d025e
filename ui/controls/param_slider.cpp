#include "ui/controls/param_slider.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace regviz {

namespace {
constexpr int kSliderSteps = 1000;
}

ParamSlider::ParamSlider(const QString &label, double min, double max, double defaultValue, int decimals,
                         Scale scale, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(label, this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_spin(new QDoubleSpinBox(this)), m_min(min), m_max(max), m_default(defaultValue), m_scale(scale)
{
    m_spin->setDecimals(decimals);
    m_spin->setRange(min, max);
    setSliderPositions();
    m_spin->setSingleStep(decimals == 0 ? 1.0 : std::pow(10.0, 1 - decimals));
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    if (scale == Scale::Logarithmic)
        m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_label->setBuddy(m_spin);
    m_slider->setAccessibleName(label);
    m_spin->setAccessibleName(label);
    m_slider->installEventFilter(this);
    m_label->installEventFilter(this);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_spin, 0, 1);
    layout->addWidget(m_slider, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::valueChanged, this, &ParamSlider::sliderMoved);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ParamSlider::spinChanged);
    showValue(defaultValue);
}

QString ParamSlider::label() const
{
    return m_label->text();
}

QString ParamSlider::rangeText() const
{
    const auto shown = [this](double v) {
        QString text = locale().toString(v, 'f', m_spin->decimals());
        if (m_spin->decimals() > 0) {
            // Trailing zeros say nothing here: 5, not 5.000.
            const QChar point = locale().decimalPoint().front();
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(1);
        }
        return text;
    };
    return tr("%1 to %2, default %3").arg(shown(m_min), shown(m_max), shown(m_default));
}

void ParamSlider::setSliderPositions()
{
    // A linear slider gets one position per displayed decimal step where that is fine enough to drag.
    const double stepsAtDecimals = (m_max - m_min) * std::pow(10.0, m_spin->decimals());
    const int positions = m_scale == Scale::Linear && stepsAtDecimals <= 10000.0
                              ? static_cast<int>(std::lround(stepsAtDecimals))
                              : kSliderSteps;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, positions);
    m_slider->setPageStep(std::max(1, positions / 20));
}

void ParamSlider::setRange(double min, double max)
{
    if (!(min < max) || (min == m_min && max == m_max))
        return;
    const double current = value();
    m_min = min;
    m_max = max;
    {
        const QSignalBlocker block(m_spin);
        m_spin->setRange(min, max);
    }
    setSliderPositions();
    if (!m_help.isEmpty())
        setHelp(m_help);
    showValue(std::clamp(current, min, max));
}

void ParamSlider::setHelp(const QString &what)
{
    m_help = what;
    const QString tip = tr("%1\nRange %2. Double-click the slider to reset.").arg(what, rangeText());
    for (QWidget *part : std::initializer_list<QWidget *>{this, m_label, m_slider, m_spin})
        part->setToolTip(tip);
    m_slider->setAccessibleDescription(tip);
    m_spin->setAccessibleDescription(tip);
}

double ParamSlider::value() const
{
    return m_spin->value();
}

int ParamSlider::sliderPosition(double value) const
{
    const double clamped = std::clamp(value, m_min, m_max);
    double t = 0.0;
    if (m_scale == Scale::Logarithmic)
        t = std::log(clamped / m_min) / std::log(m_max / m_min);
    else
        t = (clamped - m_min) / (m_max - m_min);
    return static_cast<int>(std::lround(t * m_slider->maximum()));
}

double ParamSlider::valueAt(int sliderPosition) const
{
    const double t = static_cast<double>(sliderPosition) / m_slider->maximum();
    const double raw =
        m_scale == Scale::Logarithmic ? m_min * std::pow(m_max / m_min, t) : m_min + t * (m_max - m_min);
    // Snap to what the spin box can show, so slider and spin box always agree on the exact value.
    const double unit = std::pow(10.0, m_spin->decimals());
    return std::clamp(std::round(raw * unit) / unit, m_min, m_max);
}

void ParamSlider::showValue(double value)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(sliderPosition(m_spin->value()));
}

void ParamSlider::setValue(double value)
{
    m_spin->setValue(value); // emits through spinChanged when it differs
}

void ParamSlider::resetToDefault()
{
    setValue(m_default);
}

void ParamSlider::sliderMoved(int position)
{
    const double v = valueAt(position);
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(v);
    }
    Q_EMIT valueChanged(m_spin->value());
}

void ParamSlider::spinChanged(double value)
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(sliderPosition(value));
    }
    Q_EMIT valueChanged(value);
}

bool ParamSlider::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick && (watched == m_slider || watched == m_label)) {
        resetToDefault();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace regviz

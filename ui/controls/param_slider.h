#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace regviz {

/// A labelled slider paired with a spin box that shows the exact value. Both stay in sync; the keyboard
/// works on either; double-clicking the slider (or the label) resets the default. The slider may map
/// logarithmically (for the sample count); the spin box always holds the exact value.
class ParamSlider : public QWidget
{
    Q_OBJECT

public:
    enum class Scale
    {
        Linear,
        Logarithmic
    };

    ParamSlider(const QString &label, double min, double max, double defaultValue, int decimals,
                Scale scale = Scale::Linear, QWidget *parent = nullptr);

    [[nodiscard]] double value() const;
    [[nodiscard]] double defaultValue() const { return m_default; }
    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QDoubleSpinBox *spinBox() const { return m_spin; }
    [[nodiscard]] QString label() const;

    /// Says what the parameter does. The tooltip of the slider, the spin box and the label (and their
    /// accessible description) adds the range and default this control was built with, so they can never
    /// disagree with it.
    void setHelp(const QString &what);
    /// "0 to 5, default 0.5", in the spin box's precision.
    [[nodiscard]] QString rangeText() const;
    /// A new range, e.g. to take in a value set elsewhere (a session, the command line) that lies outside
    /// the one built with, so that it is shown as it is and never clamped. The tooltips follow.
    void setRange(double min, double max);
    [[nodiscard]] double minimum() const { return m_min; }
    [[nodiscard]] double maximum() const { return m_max; }

    /// Slider position for a value and back (exposed for tests of the log mapping).
    [[nodiscard]] int sliderPosition(double value) const;
    [[nodiscard]] double valueAt(int sliderPosition) const;

public Q_SLOTS:
    /// Shows the value without emitting valueChanged (used when the model changed elsewhere).
    void showValue(double value);
    void setValue(double value);
    void resetToDefault();

Q_SIGNALS:
    void valueChanged(double value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sliderMoved(int position);
    void setSliderPositions();
    void spinChanged(double value);

    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    double m_min;
    double m_max;
    double m_default;
    Scale m_scale;
    QString m_help;
};

} // namespace regviz

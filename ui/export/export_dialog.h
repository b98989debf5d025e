#pragma once

#include "ui/export/animation_exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace regviz {

/// Asks for the figure's panel, size and scale (and, for animations, frame count and delay). Opens with
/// the last choice, which it remembers in the settings when accepted.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Figure,
        Animation
    };

    explicit ExportDialog(Kind kind, QWidget *parent = nullptr);

    [[nodiscard]] AnimationOptions options() const;
    void setOptions(const AnimationOptions &options);

    /// The last accepted choice (or the defaults) from the settings.
    [[nodiscard]] static AnimationOptions lastOptions();

    void accept() override;

private:
    QComboBox *m_panel;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_frames;
    QSpinBox *m_delay;
    QCheckBox *m_screenColors;
};

} // namespace regviz

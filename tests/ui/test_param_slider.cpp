#include "ui/controls/param_slider.h"
#include "ui_test_support.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <gtest/gtest.h>

using regviz::ParamSlider;

TEST(ParamSlider, LinearSliderHasOnePositionPerShownDecimal)
{
    ParamSlider slider(QStringLiteral("λ"), 0.0, 5.0, 0.5, 3);
    EXPECT_EQ(slider.slider()->maximum(), 5000);
    EXPECT_EQ(slider.slider()->value(), 500);
    EXPECT_DOUBLE_EQ(slider.valueAt(1234), 1.234);
}

TEST(ParamSlider, LogarithmicSliderCoversTheRangeAndRoundTrips)
{
    ParamSlider slider(QStringLiteral("n"), 2.0, 1'000'000.0, 200.0, 0, ParamSlider::Scale::Logarithmic);
    EXPECT_DOUBLE_EQ(slider.valueAt(0), 2.0);
    EXPECT_DOUBLE_EQ(slider.valueAt(slider.slider()->maximum()), 1'000'000.0);
    // The middle of a log slider is the geometric mean, sqrt(2e6) ~ 1414.
    EXPECT_NEAR(slider.valueAt(slider.slider()->maximum() / 2), 1414.0, 1.0);
    for (const double n : {2.0, 10.0, 200.0, 5000.0, 1e6})
        EXPECT_NEAR(slider.valueAt(slider.sliderPosition(n)) / n, 1.0, 0.01) << n;
}

TEST(ParamSlider, EmitsOnceWithTheSpinBoxValueWhenTheSliderMoves)
{
    ParamSlider slider(QStringLiteral("σ"), 0.0, 2.0, 0.0, 3);
    QSignalSpy spy(&slider, &ParamSlider::valueChanged);
    slider.slider()->setValue(750);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_DOUBLE_EQ(spy.at(0).at(0).toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(slider.spinBox()->value(), 0.75);
}

TEST(ParamSlider, ShowValueUpdatesBothWithoutEmitting)
{
    ParamSlider slider(QStringLiteral("w"), -2.0, 2.0, 0.5, 3);
    QSignalSpy spy(&slider, &ParamSlider::valueChanged);
    slider.showValue(-1.25);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_DOUBLE_EQ(slider.value(), -1.25);
    EXPECT_EQ(slider.slider()->value(), slider.sliderPosition(-1.25));
}

TEST(ParamSlider, SpinBoxKeyboardStepsTheValue)
{
    ParamSlider slider(QStringLiteral("λ"), 0.0, 5.0, 0.5, 3);
    slider.spinBox()->setFocus();
    QTest::keyClick(slider.spinBox(), Qt::Key_Up);
    EXPECT_DOUBLE_EQ(slider.value(), 0.51);
    EXPECT_EQ(slider.slider()->value(), 510);
}

TEST(ParamSlider, NewRangeTakesInAValueOutsideTheOldOne)
{
    ParamSlider slider(QStringLiteral("w₀"), -1.0, 1.5, 0.8, 2);
    slider.setHelp(QStringLiteral("Where descent starts"));
    slider.setRange(-1.0, 7.5);
    slider.showValue(7.5);
    EXPECT_DOUBLE_EQ(slider.value(), 7.5);
    EXPECT_EQ(slider.slider()->value(), slider.slider()->maximum());
    EXPECT_DOUBLE_EQ(slider.valueAt(slider.slider()->maximum()), 7.5);
    EXPECT_TRUE(slider.slider()->toolTip().contains(QStringLiteral("7.5"))) << slider.toolTip().toStdString();
    // One step down from the shown value, not from a clamped copy of it.
    QSignalSpy changed(&slider, &ParamSlider::valueChanged);
    slider.spinBox()->stepBy(-1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_DOUBLE_EQ(changed.at(0).at(0).toDouble(), 7.4); // the spin box steps by 0.1
}

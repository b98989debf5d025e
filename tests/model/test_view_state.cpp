#include "model/view_state.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

using regviz::Appearance;
using regviz::Theme;
using regviz::ViewOptions;
using regviz::ViewState;

TEST(ViewState, EachSetterChangesItsOwnFieldAndSignalsOnce)
{
    ViewState view;
    QSignalSpy changed(&view, &ViewState::changed);
    view.setShowElastic(true);
    view.setZoomNearZero(true);
    view.setSklearnConvention(true);
    view.setLogPathAxis(true);
    view.setPage(2);
    view.setTheme(Theme::Dark);
    view.setColorBlindSafe(true);
    EXPECT_EQ(changed.count(), 7);
    const ViewOptions expected{true, true, true, true, 2};
    EXPECT_EQ(view.options(), expected);
    EXPECT_EQ(view.appearance(), (Appearance{Theme::Dark, true}));
    // The signal carries the state as it is after the change.
    const auto last = changed.takeLast();
    EXPECT_EQ(last.at(0).value<ViewOptions>(), expected);
}

TEST(ViewState, SettingWhatIsAlreadySetSignalsNothing)
{
    ViewState view;
    view.setZoomNearZero(true);
    QSignalSpy changed(&view, &ViewState::changed);
    view.setZoomNearZero(true);
    view.setOptions(view.options());
    view.setAppearance(view.appearance());
    EXPECT_EQ(changed.count(), 0);
}

TEST(ViewState, PageIsClampedToThePagesThereAre)
{
    ViewState view;
    view.setPage(ViewState::kPageCount + 5);
    EXPECT_EQ(view.options().page, ViewState::kPageCount - 1);
    view.setPage(-3);
    EXPECT_EQ(view.options().page, 0);
}

} // namespace

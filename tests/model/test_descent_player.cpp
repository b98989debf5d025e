#include "model/descent_player.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using regviz::DescentPlayer;

TEST(DescentPlayer, StepsWithinTheRunAndNeverPastItsEnds)
{
    DescentPlayer player;
    player.setLastFrame(3);
    QSignalSpy spy(&player, &DescentPlayer::frameChanged);
    player.stepBack();
    EXPECT_EQ(player.frame(), 0);
    EXPECT_EQ(spy.count(), 0);
    for (int i = 0; i < 5; ++i)
        player.stepForward();
    EXPECT_EQ(player.frame(), 3);
    EXPECT_EQ(spy.count(), 3);
    player.reset();
    EXPECT_EQ(player.frame(), 0);
}

TEST(DescentPlayer, ANewShorterRunClampsTheFrameALongerOneKeepsIt)
{
    DescentPlayer player;
    player.setLastFrame(100);
    player.setFrame(40);
    player.setLastFrame(200);
    EXPECT_EQ(player.frame(), 40);
    player.setLastFrame(10);
    EXPECT_EQ(player.frame(), 10);
}

TEST(DescentPlayer, PlaysToTheEndAndStops)
{
    DescentPlayer player;
    player.setSpeed(DescentPlayer::kMaxSpeed);
    player.setLastFrame(4);
    QSignalSpy playing(&player, &DescentPlayer::playingChanged);
    player.play();
    EXPECT_TRUE(player.isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));
    EXPECT_EQ(player.frame(), 4);
    EXPECT_EQ(playing.count(), 2);
    // Playing a finished run starts it over.
    player.play();
    EXPECT_EQ(player.frame(), 0);
    player.pause();
}

#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/session.h"
#include "model_test_support.h"

#include <QSignalSpy>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using regviz::DescentSettings;
using regviz::Optimizer;
using regviz::Penalty;
using regviz::SceneController;
using regviz::SceneSnapshot;

namespace {

void expectSameWs(const regviz::DescentTrace &a, const regviz::DescentTrace &b)
{
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (std::size_t k = 0; k < a.steps.size(); ++k)
        ASSERT_EQ(a.steps[k].w, b.steps[k].w) << "step " << k;
}

} // namespace

TEST(OptimizerSettings, SgdWithOneBatchOfAllRowsIsGradientDescentExactly)
{
    SceneController controller;
    controller.setLambda(1.5); // past lambda_c: gd bounces around 0
    const SceneSnapshot gd = controller.scene();
    controller.setOptimizer(Optimizer::Sgd);
    controller.setBatch(regviz::limits::samples.defaultValue); // b = n
    const SceneSnapshot sgd = controller.scene();
    ASSERT_EQ(sgd->descent.optimizer, Optimizer::Sgd);
    for (const Penalty kind : regviz::kAllPenalties) {
        SCOPED_TRACE(regviz::penaltyName(kind));
        expectSameWs(gd->trace(kind), sgd->trace(kind));
        EXPECT_EQ(sgd->trace(kind).batchSize, 200);
    }
    // With smaller batches the controller hands core real minibatches: the run differs.
    controller.setBatch(10);
    const SceneSnapshot small = controller.scene();
    EXPECT_EQ(small->trace(Penalty::L1).batchSize, 10);
    EXPECT_NE(small->trace(Penalty::L1).steps[5].w, gd->trace(Penalty::L1).steps[5].w);
}

TEST(OptimizerSettings, MinibatchesAreSplitOnceAndRescaledForWeightAndNoise)
{
    SceneController controller;
    controller.setOptimizer(Optimizer::Sgd);
    controller.setBatch(16);
    const SceneSnapshot first = controller.scene();
    controller.setLambda(0.9); // nothing the batches depend on: the same batches
    const SceneSnapshot second = controller.scene();
    EXPECT_EQ(second->minibatches, first->minibatches);
    controller.setTrueWeight(-1.2);
    controller.setNoise(0.7);
    const SceneSnapshot third = controller.scene();
    ASSERT_NE(third->minibatches, second->minibatches);

    // The same as splitting the draw from scratch for this weight and noise.
    const regviz::Dataset data = regviz::generateDataset(third->params.seed, third->params.samples);
    const regviz::Minibatches expected =
        regviz::rescaleMinibatches(regviz::makeMinibatches(data, 16, DescentSettings{}.batchSeed), -1.2, 0.7);
    ASSERT_EQ(third->minibatches->count(), expected.count());
    for (std::size_t i = 0; i < expected.count(); ++i)
        EXPECT_EQ(third->minibatches->moments[i], expected.moments[i]) << "batch " << i;
    const regviz::DescentTrace direct = regviz::computeDescent(
        third->moments, Penalty::L1, third->regularization(), third->descent, expected);
    expectSameWs(third->trace(Penalty::L1), direct);
}

TEST(OptimizerSettings, NewSettingsAreClampedAndNonFiniteValuesIgnored)
{
    SceneController controller;
    controller.setBeta(2.0);
    controller.setBeta2(-1.0);
    controller.setEpsilon(0.0);
    controller.setBatch(0);
    controller.setWeightDecay(1e9);
    regviz::test::settle();
    const DescentSettings &d = controller.descentSettings();
    EXPECT_EQ(d.beta, regviz::limits::betaMax);
    EXPECT_EQ(d.beta2, regviz::limits::beta2Min);
    EXPECT_EQ(d.epsilon, regviz::limits::epsilonMin);
    EXPECT_EQ(d.batch, regviz::limits::batchMin);
    EXPECT_EQ(d.weightDecay, regviz::limits::weightDecayMax);
    const DescentSettings before = d;
    controller.setBeta(std::numeric_limits<double>::quiet_NaN());
    controller.setEpsilon(std::numeric_limits<double>::infinity());
    controller.setWeightDecay(-std::numeric_limits<double>::infinity());
    EXPECT_EQ(controller.descentSettings(), before);
}

TEST(OptimizerSettings, ComparedTracesAreCoresRunsOfEachOptimizer)
{
    SceneController controller;
    controller.setLambda(1.5);
    regviz::Comparison c;
    c.objective = Penalty::L1;
    c.optimizers = {Optimizer::Adam, Optimizer::Proximal, Optimizer::ProximalSgd};
    controller.setComparison(c);
    const SceneSnapshot scene = controller.scene();
    ASSERT_EQ(scene->compared.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        DescentSettings s = scene->descent;
        s.optimizer = c.optimizers[i];
        const regviz::DescentTrace direct = regviz::computeDescent(
            scene->moments, Penalty::L1, scene->regularization(), s, *scene->minibatches);
        EXPECT_EQ(scene->compared[i].optimizer, c.optimizers[i]);
        expectSameWs(scene->compared[i], direct);
    }
    EXPECT_NE(scene->compared[0].steps.back().w, 0.0); // Adam hovers
    EXPECT_EQ(scene->compared[1].steps.back().w, 0.0); // ISTA lands
    EXPECT_GE(scene->lastFrame(), scene->compared[0].stepCount());

    // None, five, or one twice: refused, the comparison stays.
    for (const std::vector<Optimizer> &bad :
         {std::vector<Optimizer>{}, std::vector<Optimizer>{Optimizer::Adam, Optimizer::Adam},
          std::vector<Optimizer>{Optimizer::Gradient, Optimizer::Proximal, Optimizer::Adam, Optimizer::Sgd,
                                 Optimizer::Fista}}) {
        regviz::Comparison refused = c;
        refused.optimizers = bad;
        controller.setComparison(refused);
        EXPECT_EQ(controller.comparison(), c);
    }
    controller.setComparedObjective(Penalty::L2);
    EXPECT_EQ(controller.scene()->compared[0].penalty, Penalty::L2);
}

TEST(OptimizerSettings, UndoNamesAndRestoresEachNewSetting)
{
    SceneController controller;
    regviz::SceneHistory history(&controller);
    (void)controller.scene();
    const std::pair<std::function<void()>, QString> changes[] = {
        {[&] { controller.setBeta(0.5); }, QStringLiteral("&Undo β change")},
        {[&] { controller.setBeta2(0.9); }, QStringLiteral("&Undo β₂ change")},
        {[&] { controller.setEpsilon(1e-3); }, QStringLiteral("&Undo ε change")},
        {[&] { controller.setBatch(5); }, QStringLiteral("&Undo batch size change")},
        {[&] { controller.setBatchSeed(7); }, QStringLiteral("&Undo batch seed change")},
        {[&] { controller.setWeightDecay(0.3); }, QStringLiteral("&Undo weight decay change")},
        {[&] { controller.setComparedObjective(Penalty::ElasticNet); },
         QStringLiteral("&Undo comparison change")},
    };
    for (const auto &[change, text] : changes) {
        SCOPED_TRACE(text.toStdString());
        const DescentSettings before = controller.descentSettings();
        const regviz::Comparison comparisonBefore = controller.comparison();
        history.breakMerge();
        change();
        regviz::test::settle();
        EXPECT_EQ(history.undoText(), text);
        history.undo();
        regviz::test::settle();
        EXPECT_EQ(controller.descentSettings(), before);
        EXPECT_EQ(controller.comparison(), comparisonBefore);
        history.redo();
        regviz::test::settle();
    }
    EXPECT_EQ(controller.descentSettings().weightDecay, 0.3);
    EXPECT_EQ(controller.comparison().objective, Penalty::ElasticNet);
}

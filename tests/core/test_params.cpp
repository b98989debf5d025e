#include "regviz/core/params.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <optional>
#include <ostream>
#include <string>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

namespace L = regviz::limits;

double below(double value)
{
    return std::nextafter(value, -kInf);
}

double above(double value)
{
    return std::nextafter(value, kInf);
}

struct FieldCase
{
    const char *description;
    std::function<void(regviz::Params &)> change;
    const char *field; ///< the name the message must contain, or nullptr when the value is valid
};

std::ostream &operator<<(std::ostream &out, const FieldCase &c)
{
    return out << c.description;
}

class ValidateField : public testing::TestWithParam<FieldCase>
{
};

} // namespace

TEST(Validate, AcceptsDefaults)
{
    EXPECT_EQ(regviz::validate(regviz::Params{}), std::nullopt);
}

TEST(Validate, DefaultsLieInsideTheirRanges)
{
    // The UI initialises sliders from these; a default outside its own range would be clamped on start.
    using namespace regviz::limits;
    EXPECT_TRUE(lambda.contains(lambda.defaultValue));
    EXPECT_TRUE(trueWeight.contains(trueWeight.defaultValue));
    EXPECT_TRUE(noise.contains(noise.defaultValue));
    EXPECT_TRUE(samples.contains(samples.defaultValue));
    EXPECT_TRUE(seed.contains(seed.defaultValue));
    EXPECT_TRUE(alpha.contains(alpha.defaultValue));
    EXPECT_TRUE(gridSize.contains(gridSize.defaultValue));
}

TEST_P(ValidateField, AcceptsOrNamesTheField)
{
    const FieldCase c = GetParam();
    regviz::Params params;
    c.change(params);
    const std::optional<std::string> error = regviz::validate(params);
    if (c.field == nullptr) {
        EXPECT_EQ(error, std::nullopt);
        return;
    }
    ASSERT_TRUE(error.has_value());
    EXPECT_PRED_FORMAT2(testing::IsSubstring, c.field, *error);
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, ValidateField,
    testing::Values(
        // Closed ranges read from regviz::limits: both ends are valid, the next representable value
        // outside is not, and neither are NaN or infinities.
        FieldCase{"lambda at min", [](regviz::Params &p) { p.lambda = L::lambda.min; }, nullptr},
        FieldCase{"lambda at max", [](regviz::Params &p) { p.lambda = L::lambda.max; }, nullptr},
        FieldCase{"lambda below", [](regviz::Params &p) { p.lambda = below(L::lambda.min); }, "lambda"},
        // Above the article's 5 is a valid scene: the data decide what the slider reaches (lambdaRangeEnd).
        FieldCase{"lambda above five", [](regviz::Params &p) { p.lambda = above(L::lambda.max); }, nullptr},
        FieldCase{"lambda NaN", [](regviz::Params &p) { p.lambda = kNaN; }, "lambda"},
        FieldCase{"lambda inf", [](regviz::Params &p) { p.lambda = kInf; }, "lambda"},
        FieldCase{"true weight at min", [](regviz::Params &p) { p.trueWeight = L::trueWeight.min; }, nullptr},
        FieldCase{"true weight at max", [](regviz::Params &p) { p.trueWeight = L::trueWeight.max; }, nullptr},
        FieldCase{"true weight below", [](regviz::Params &p) { p.trueWeight = below(L::trueWeight.min); },
                  "true weight"},
        FieldCase{"true weight above", [](regviz::Params &p) { p.trueWeight = above(L::trueWeight.max); },
                  "true weight"},
        FieldCase{"true weight NaN", [](regviz::Params &p) { p.trueWeight = kNaN; }, "true weight"},
        FieldCase{"true weight -inf", [](regviz::Params &p) { p.trueWeight = -kInf; }, "true weight"},
        FieldCase{"noise at max", [](regviz::Params &p) { p.noise = L::noise.max; }, nullptr},
        FieldCase{"noise below", [](regviz::Params &p) { p.noise = below(L::noise.min); }, "noise"},
        FieldCase{"noise above", [](regviz::Params &p) { p.noise = above(L::noise.max); }, "noise"},
        FieldCase{"noise NaN", [](regviz::Params &p) { p.noise = kNaN; }, "noise"},
        FieldCase{"noise inf", [](regviz::Params &p) { p.noise = kInf; }, "noise"},
        FieldCase{"alpha at min", [](regviz::Params &p) { p.alpha = L::alpha.min; }, nullptr},
        FieldCase{"alpha at max", [](regviz::Params &p) { p.alpha = L::alpha.max; }, nullptr},
        FieldCase{"alpha below", [](regviz::Params &p) { p.alpha = below(L::alpha.min); }, "alpha"},
        FieldCase{"alpha above", [](regviz::Params &p) { p.alpha = above(L::alpha.max); }, "alpha"},
        FieldCase{"alpha NaN", [](regviz::Params &p) { p.alpha = kNaN; }, "alpha"},
        FieldCase{"alpha inf", [](regviz::Params &p) { p.alpha = kInf; }, "alpha"},
        FieldCase{"samples at min", [](regviz::Params &p) { p.samples = L::samples.min; }, nullptr},
        FieldCase{"samples at max", [](regviz::Params &p) { p.samples = L::samples.max; }, nullptr},
        FieldCase{"samples below", [](regviz::Params &p) { p.samples = L::samples.min - 1; }, "samples"},
        FieldCase{"samples negative", [](regviz::Params &p) { p.samples = -5; }, "samples"},
        FieldCase{"samples above", [](regviz::Params &p) { p.samples = L::samples.max + 1; }, "samples"},
        FieldCase{"seed at min", [](regviz::Params &p) { p.seed = L::seed.min; }, nullptr},
        FieldCase{"seed at max", [](regviz::Params &p) { p.seed = L::seed.max; }, nullptr},
        FieldCase{"seed above", [](regviz::Params &p) { p.seed = L::seed.max + 1; }, "seed"},
        FieldCase{"seed huge", [](regviz::Params &p) { p.seed = std::numeric_limits<std::uint64_t>::max(); },
                  "seed"},
        FieldCase{"grid size at min", [](regviz::Params &p) { p.gridSize = L::gridSize.min; }, nullptr},
        FieldCase{"grid size at max", [](regviz::Params &p) { p.gridSize = L::gridSize.max; }, nullptr},
        FieldCase{"grid size below", [](regviz::Params &p) { p.gridSize = L::gridSize.min - 1; },
                  "grid size"},
        FieldCase{"grid size above", [](regviz::Params &p) { p.gridSize = L::gridSize.max + 1; },
                  "grid size"},
        FieldCase{"w min at limit", [](regviz::Params &p) { p.wMin = -L::wLimit; }, nullptr},
        FieldCase{"w max at limit", [](regviz::Params &p) { p.wMax = L::wLimit; }, nullptr},
        FieldCase{"w min below", [](regviz::Params &p) { p.wMin = below(-L::wLimit); }, "w min"},
        FieldCase{"w max above", [](regviz::Params &p) { p.wMax = above(L::wLimit); }, "w max"},
        FieldCase{"w min NaN", [](regviz::Params &p) { p.wMin = kNaN; }, "w min"},
        FieldCase{"w max NaN", [](regviz::Params &p) { p.wMax = kNaN; }, "w max"},
        FieldCase{"w min -inf", [](regviz::Params &p) { p.wMin = -kInf; }, "w min"},
        FieldCase{"w max inf", [](regviz::Params &p) { p.wMax = kInf; }, "w max"},
        // An empty or reversed grid interval is invalid even with both ends in range.
        FieldCase{"w min equals w max",
                  [](regviz::Params &p) {
                      p.wMin = 0.5;
                      p.wMax = 0.5;
                  },
                  "w min"},
        FieldCase{"w min above w max",
                  [](regviz::Params &p) {
                      p.wMin = 1.0;
                      p.wMax = -1.0;
                  },
                  "w max"},
        FieldCase{"w min just below w max",
                  [](regviz::Params &p) {
                      p.wMin = below(0.25);
                      p.wMax = 0.25;
                  },
                  nullptr}));

TEST(Validate, NamesTheFirstInvalidFieldOnly)
{
    // With several fields wrong the message is about one of them, so the user fixes one thing at a time.
    regviz::Params params;
    params.lambda = -1.0;
    params.alpha = 2.0;
    const std::optional<std::string> error = regviz::validate(params);
    ASSERT_TRUE(error.has_value());
    EXPECT_PRED_FORMAT2(testing::IsSubstring, "lambda", *error);
    EXPECT_PRED_FORMAT2(testing::IsNotSubstring, "alpha", *error);
}

TEST(Params, CompareByValue)
{
    regviz::Params a;
    regviz::Params b;
    EXPECT_EQ(a, b);
    b.gridSize = 11;
    EXPECT_NE(a, b);
}

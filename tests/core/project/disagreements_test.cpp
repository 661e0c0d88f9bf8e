// Where a predicted layer disagrees with the labels: a prediction over another class, over no
// label, or only brushing a neighbour at a window boundary (not a disagreement), most confident
// first.
#include "project/disagreements.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

RegionRecord region(double start, double end, std::optional<std::int64_t> classId,
                    const QString& className, std::optional<double> confidence = {})
{
    RegionRecord r;
    r.start = start;
    r.end = end;
    r.classId = classId;
    r.className = className;
    r.confidence = confidence;
    return r;
}

TEST(Disagreements, OtherClassesAndUnlabelledStretchesAreFoundMostConfidentFirst)
{
    const std::vector<RegionRecord> labels = {
        region(0, 30, 1, QStringLiteral("boom bap")), region(30, 60, 2, QStringLiteral("trap")),
        region(60, 90, std::nullopt, QStringLiteral("비와이 - Day Day")), // a song, no class
    };
    const std::vector<RegionRecord> predicted = {
        region(0, 30.5, 1, QStringLiteral("boom bap"), 0.99), // agrees; 0.5 s over the next
        region(30.5, 45, 3, QStringLiteral("singing"), 0.60), // over trap
        region(45, 60, 2, QStringLiteral("trap"), 0.95),      // agrees
        region(60, 90, 2, QStringLiteral("trap"), 0.80),      // over no class
    };
    const std::vector<Disagreement> found = findDisagreements(labels, predicted);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_DOUBLE_EQ(found[0].predicted.start, 60.0);
    EXPECT_TRUE(found[0].overNoLabel());
    EXPECT_DOUBLE_EQ(found[0].unlabelledSeconds, 30.0);
    EXPECT_DOUBLE_EQ(found[1].predicted.start, 30.5);
    EXPECT_EQ(found[1].labelClasses, QStringList{QStringLiteral("trap")});
    EXPECT_DOUBLE_EQ(found[1].confidence(), 0.60);
}

TEST(Disagreements, NoPredictionsOrFullAgreementFindNothing)
{
    const std::vector<RegionRecord> labels = {region(0, 10, 1, QStringLiteral("trap"))};
    EXPECT_TRUE(findDisagreements(labels, {}).empty());
    EXPECT_TRUE(findDisagreements(labels, {region(0, 10, 1, QStringLiteral("trap"), 0.9)}).empty());
    EXPECT_TRUE(findDisagreements(labels, {region(5, 5, 2, QStringLiteral("x"), 0.9)}).empty());
}

} // namespace
} // namespace hhs

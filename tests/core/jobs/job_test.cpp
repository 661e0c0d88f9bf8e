// JobControl::part: fractions mapped into the part's range, and a part's stage over its reports.
#include "jobs/job.h"

#include <gtest/gtest.h>
#include <vector>

using namespace hhs;

namespace {
struct Report
{
    double fraction;
    QString stage;
};
} // namespace

TEST(JobControl, APartMapsItsFractionsIntoItsRangeAndKeepsTheStagesItIsGiven)
{
    std::vector<Report> reports;
    JobControl job([&](double f, const QString& s) { reports.push_back({f, s}); });
    const JobControl part = job.part(0.5, 0.75);
    part.report(0, QStringLiteral("Decoding"));
    part.report(1, QStringLiteral("Resampling"));
    part.report(2); // clamped
    ASSERT_EQ(reports.size(), 3u);
    EXPECT_DOUBLE_EQ(reports[0].fraction, 0.5);
    EXPECT_EQ(reports[0].stage, QStringLiteral("Decoding"));
    EXPECT_DOUBLE_EQ(reports[1].fraction, 0.75);
    EXPECT_EQ(reports[1].stage, QStringLiteral("Resampling"));
    EXPECT_DOUBLE_EQ(reports[2].fraction, 0.75);
}

TEST(JobControl, APartWithAStageShowsItOverEveryStageItsWorkReports)
{
    std::vector<Report> reports;
    JobControl job([&](double f, const QString& s) { reports.push_back({f, s}); });
    const JobControl predicting = job.part(0, 0.5, QStringLiteral("Predicting"));
    predicting.part(0, 0.5).report(1, QStringLiteral("Decoding"));
    predicting.report(1, QStringLiteral("Resampling"));
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_DOUBLE_EQ(reports[0].fraction, 0.25);
    EXPECT_EQ(reports[0].stage, QStringLiteral("Predicting"));
    EXPECT_DOUBLE_EQ(reports[1].fraction, 0.5);
    EXPECT_EQ(reports[1].stage, QStringLiteral("Predicting"));
}

TEST(JobControl, APartCancelsWithItsJob)
{
    CancelToken token;
    JobControl job([](double, const QString&) {}, &token);
    const JobControl part = job.part(0.2, 0.4, QStringLiteral("Predicting"));
    const JobControl silentPart = JobControl({}, &token).part(0, 1);
    EXPECT_FALSE(part.cancelled());
    token.cancel();
    EXPECT_TRUE(part.cancelled());
    EXPECT_TRUE(silentPart.cancelled());
}

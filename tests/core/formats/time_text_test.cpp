// Times as people type them: seconds, mm:ss and h:mm:ss with fractions; nonsense is refused.
#include "formats/time_text.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(TimeText, ParsesSecondsMinutesAndHours)
{
    EXPECT_DOUBLE_EQ(*parseTimeText(QStringLiteral("75")), 75.0);
    EXPECT_DOUBLE_EQ(*parseTimeText(QStringLiteral("75.5")), 75.5);
    EXPECT_DOUBLE_EQ(*parseTimeText(QStringLiteral("03:25")), 205.0);
    EXPECT_DOUBLE_EQ(*parseTimeText(QStringLiteral("1:02:03")), 3723.0);
    EXPECT_DOUBLE_EQ(*parseTimeText(QStringLiteral("1:02:03.250")), 3723.25);
}

TEST(TimeText, RefusesWhatIsNotATime)
{
    for (const char* text : {"", "abc", "-3", "1:60", "1:-2", "1::2", "1:2:3:4", "+5", "1:2x"})
        EXPECT_FALSE(parseTimeText(QString::fromLatin1(text)).has_value()) << text;
}

TEST(TimeText, FormatsForPeople)
{
    EXPECT_EQ(formatTimeText(75.5), QStringLiteral("1:15.500"));
    EXPECT_EQ(formatTimeText(3723.25), QStringLiteral("1:02:03.250"));
    EXPECT_EQ(formatTimeText(0), QStringLiteral("0:00.000"));
    EXPECT_EQ(formatTimeText(3599.9999), QStringLiteral("1:00:00.000"));
    // However large, never a negative or wrapped field.
    EXPECT_EQ(formatTimeText(1e12), QStringLiteral("277777777:46:40.000"));
    EXPECT_FALSE(formatTimeText(1e300).contains(QLatin1Char('-')));
    EXPECT_FALSE(formatTimeText(1.1111111111111111e58).contains(QLatin1Char('-'))); // fuzzer
}

} // namespace
} // namespace hhs

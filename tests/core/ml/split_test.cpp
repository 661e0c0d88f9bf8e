// The split rules: by recording (the default) never puts one recording in two parts and keeps
// each class near the notebook's 25 % test / 20 %-of-the-rest validation proportions; random
// reproduces the notebook's segment-level sizes; impossible splits are errors that name the class
// and say what to do.
#include "ml/split.h"
#include "synthetic_styles.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

namespace hhs {
namespace {

// A dataset whose tracks hold 5..14 segments each, one class per track (round robin).
Dataset unevenDataset(int classes, int tracks)
{
    Dataset dataset = test::randomDataset(classes, tracks, 1, 4, 2);
    std::vector<DatasetSegment> segments;
    for (int t = 0; t < tracks; ++t)
        for (int s = 0; s < 5 + (t * 7) % 10; ++s)
            segments.push_back(dataset.segments[std::size_t(t)]);
    dataset.segments = segments;
    return dataset;
}

TEST(Split, ByRecordingPutsEveryRecordingInExactlyOnePart)
{
    const Dataset dataset = unevenDataset(3, 30);
    Result<DatasetSplit> split = splitDataset(dataset, {});
    ASSERT_TRUE(split.ok()) << split.message().toStdString();
    QHash<QString, int> partOf;
    std::vector<int> seen(dataset.segments.size(), 0);
    for (int part = 0; part < kSplitParts; ++part)
        for (int index : split->indices[std::size_t(part)]) {
            ++seen[std::size_t(index)];
            const QString& source = dataset.segments[std::size_t(index)].source;
            if (partOf.contains(source)) {
                EXPECT_EQ(partOf[source], part) << source.toStdString();
            }
            partOf[source] = part;
        }
    for (int count : seen)
        EXPECT_EQ(count, 1); // every segment used once
}

TEST(Split, ByRecordingKeepsEachClassNearTheNotebookProportions)
{
    // 20 recordings of 10 segments per class: the ideal is 5 test, 3 validation, 12 training
    // recordings per class.
    const Dataset dataset = test::randomDataset(3, 60, 10, 4, 2);
    Result<DatasetSplit> split = splitDataset(dataset, {});
    ASSERT_TRUE(split.ok()) << split.message().toStdString();
    const SplitSummary& summary = split->summary;
    for (int c = 0; c < 3; ++c) {
        EXPECT_NEAR(summary.composition[TestPart][std::size_t(c)].segments, 50, 10) << c;
        EXPECT_NEAR(summary.composition[ValidationPart][std::size_t(c)].segments, 30, 10) << c;
        EXPECT_NEAR(summary.composition[TrainPart][std::size_t(c)].segments, 120, 10) << c;
        int tracks = 0;
        for (int p = 0; p < kSplitParts; ++p)
            tracks += summary.composition[std::size_t(p)][std::size_t(c)].tracks;
        EXPECT_EQ(tracks, 20);
    }
    EXPECT_FALSE(summary.optimistic());
}

TEST(Split, RecordingsThatMixClassesStayTogetherAndEveryPartSeesEveryClass)
{
    // Each video strings together excerpts of two styles, as the killing-verse videos do.
    Dataset dataset = test::randomDataset(3, 12, 6, 4, 2);
    for (std::size_t i = 0; i < dataset.segments.size(); ++i)
        if (i % 2 == 1) dataset.segments[i].label = (dataset.segments[i].label + 1) % 3;
    Result<DatasetSplit> split = splitDataset(dataset, {});
    ASSERT_TRUE(split.ok()) << split.message().toStdString();
    QSet<QString> sources[kSplitParts];
    for (int p = 0; p < kSplitParts; ++p) {
        for (int index : split->indices[std::size_t(p)])
            sources[p].insert(dataset.segments[std::size_t(index)].source);
        for (int c = 0; c < 3; ++c)
            EXPECT_GT(split->summary.composition[std::size_t(p)][std::size_t(c)].segments, 0);
    }
    EXPECT_FALSE(sources[0].intersects(sources[1]));
    EXPECT_FALSE(sources[0].intersects(sources[2]));
    EXPECT_FALSE(sources[1].intersects(sources[2]));
}

TEST(Split, SameSeedSameSplitOtherSeedOtherSplit)
{
    const Dataset dataset = unevenDataset(3, 30);
    SplitOptions options;
    options.seed = 7;
    Result<DatasetSplit> a = splitDataset(dataset, options);
    Result<DatasetSplit> b = splitDataset(dataset, options);
    options.seed = 8;
    Result<DatasetSplit> c = splitDataset(dataset, options);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(a->indices, b->indices);
    EXPECT_NE(a->indices, c->indices);
}

TEST(Split, RandomReproducesTheNotebooksSegmentLevelSizes)
{
    // train_test_split(test_size=0.25) then (test_size=0.2): 100 -> 25 test, 15 validation, 60.
    const Dataset dataset = test::randomDataset(3, 10, 10, 4, 2);
    SplitOptions options;
    options.method = SplitMethod::Random;
    Result<DatasetSplit> split = splitDataset(dataset, options);
    ASSERT_TRUE(split.ok()) << split.message().toStdString();
    EXPECT_EQ(split->test().size(), 25u);
    EXPECT_EQ(split->validation().size(), 15u);
    EXPECT_EQ(split->train().size(), 60u);
    EXPECT_TRUE(split->summary.optimistic());
}

TEST(Split, RandomWorksWithoutRecordingsByRecordingSaysWhatToDo)
{
    Dataset dataset = test::randomDataset(2, 10, 4, 4, 2);
    for (DatasetSegment& segment : dataset.segments)
        segment.source.clear(); // no manifest
    Result<DatasetSplit> byTrack = splitDataset(dataset, {});
    ASSERT_FALSE(byTrack.ok());
    EXPECT_TRUE(byTrack.message().contains(QStringLiteral("random")))
        << byTrack.message().toStdString();
    EXPECT_TRUE(byTrack.message().contains(QStringLiteral("manifest")));
    SplitOptions random;
    random.method = SplitMethod::Random;
    Result<DatasetSplit> split = splitDataset(dataset, random);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->summary.composition[TrainPart][0].tracks, 0); // unknown, not "one"
    EXPECT_GT(split->summary.composition[TrainPart][0].segments, 0);
}

TEST(Split, AClassWithoutSegmentsIsAnErrorNamingIt)
{
    Dataset dataset = test::randomDataset(2, 10, 4, 4, 2);
    dataset.classes << QStringLiteral("singing");
    for (SplitMethod method : {SplitMethod::ByRecording, SplitMethod::Random}) {
        SplitOptions options;
        options.method = method;
        Result<DatasetSplit> split = splitDataset(dataset, options);
        ASSERT_FALSE(split.ok());
        EXPECT_TRUE(split.message().contains(QStringLiteral("\"singing\" has no segments")))
            << split.message().toStdString();
    }
}

TEST(Split, AClassInFewerRecordingsThanPartsIsAnErrorNamingIt)
{
    // class 1 appears in tracks 1 and 4 only (2 recordings): it cannot be in all three parts.
    Dataset dataset = test::randomDataset(3, 6, 5, 4, 2);
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    Result<DatasetSplit> split = splitDataset(dataset, {});
    ASSERT_FALSE(split.ok());
    EXPECT_TRUE(split.message().contains(QStringLiteral("\"boom bap\" has segments from only 2")))
        << split.message().toStdString();
    EXPECT_TRUE(split.message().contains(QStringLiteral("random split")));
}

TEST(Split, TooFewSegmentsForThreePartsIsAnError)
{
    const Dataset dataset = test::randomDataset(2, 2, 1, 4, 2);
    SplitOptions options;
    options.method = SplitMethod::Random;
    Result<DatasetSplit> split = splitDataset(dataset, options);
    ASSERT_FALSE(split.ok());
    EXPECT_TRUE(split.message().contains(QStringLiteral("too few")));
}

TEST(Split, MethodNamesRoundTripAndUnknownNamesAreErrors)
{
    EXPECT_EQ(splitMethodFromName(QStringLiteral("by-recording")).value(),
              SplitMethod::ByRecording);
    // The old spelling still works for scripts and older model files.
    EXPECT_EQ(splitMethodFromName(QStringLiteral("by-track")).value(), SplitMethod::ByRecording);
    EXPECT_EQ(splitMethodFromName(QStringLiteral("random")).value(), SplitMethod::Random);
    EXPECT_EQ(splitMethodName(SplitMethod::ByRecording), QStringLiteral("by-recording"));
    EXPECT_FALSE(splitMethodFromName(QStringLiteral("bytrack")).ok());
}

} // namespace
} // namespace hhs

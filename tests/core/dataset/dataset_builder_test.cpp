// buildDataset against librosa: a labelled region over a whole reference input, cut with a
// segment as long as the input, is one segment whose MFCC must equal librosa's for that input
// (expected/NAME.mfcc.json) within the reference tolerance. Also: consecutive segments from the
// region's start, regions' tails left out and counted, labels indexing the project's class
// order, unlabelled regions left out, and a missing file refused.
#include "audio/audio_file.h"
#include "audio/wav_writer.h"
#include "dataset/dataset_builder.h"
#include "dataset/segment_plan.h"
#include "must.h"
#include "project/project.h"
#include "project/track_import.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

namespace hhs::test {
namespace {

class DatasetBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Project::open(m_dir.filePath(QStringLiteral("p.hhsproj")));
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        project = std::move(*opened);
    }
    TrackRecord add(const QString& path)
    {
        Result<ImportSummary> imported = importPaths(*project, {path}, false);
        EXPECT_TRUE(imported.ok()) << (imported.ok() ? "" : imported.message().toStdString());
        return imported->tracks.front();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Project> project;
};

TEST_F(DatasetBuilderTest, WholeInputSegmentMatchesLibrosaForEveryReferenceInput)
{
    HHS_REQUIRE_REFERENCE();
    int compared = 0;
    for (const QString& name : referenceNames()) {
        const ReferenceMfcc reference = referenceMfcc(name);
        // Inputs shorter than one FFT are not training material.
        if (reference.loadedSamples < kNotebookFftSize) continue;
        // The notebook keeps a segment only with ceil(samples / hop) frames; a segment a whole
        // number of hops long has one more, so it is never kept (the AAC .m4a: 216 x 512).
        if (reference.loadedSamples % kNotebookHopLength == 0) continue;
        // Copy under a Korean name: paths must survive everywhere.
        const QString copy = m_dir.filePath(
            QStringLiteral("[킬링벌스] %1.%2").arg(name, QFileInfo(referenceInput(name)).suffix()));
        ASSERT_TRUE(QFile::copy(referenceInput(name), copy));
        const TrackRecord track = add(copy);
        const double seconds = double(reference.loadedSamples) / kNotebookSampleRate;
        ASSERT_TRUE(
            project->label(track.id, 0, track.durationSeconds, QStringLiteral("trap")).ok());

        DatasetOptions options;
        options.segmentSeconds = seconds;
        Result<Dataset> dataset = buildDataset(*project, options);
        ASSERT_TRUE(dataset.ok()) << dataset.message().toStdString();
        ASSERT_EQ(dataset->segments.size(), 1u) << name.toStdString();
        const MfccMatrix& mfcc = dataset->segments[0].mfcc;
        ASSERT_EQ(std::size_t(mfcc.frames), reference.frames.size()) << name.toStdString();
        ASSERT_EQ(mfcc.coefficients, 13);
        double worst = 0;
        for (int f = 0; f < mfcc.frames; ++f)
            for (int c = 0; c < 13; ++c)
                worst = std::max(worst, std::abs(double(mfcc.at(f, c)) -
                                                 reference.frames[std::size_t(f)][std::size_t(c)]));
        EXPECT_LT(worst, 0.01) << name.toStdString();
        EXPECT_EQ(dataset->segments[0].source, track.contentHash);
        EXPECT_EQ(dataset->segments[0].sourceName, track.fileName);
        EXPECT_EQ(dataset->summary.partialTails, 0);
        ASSERT_TRUE(project->unlabel(track.id, 0, track.durationSeconds).ok());
        ++compared;
    }
    EXPECT_GE(compared, 5); // all but the input shorter than one FFT
}

TEST_F(DatasetBuilderTest, RegionsAreCutFromTheirStartAndPartialTailsAreCounted)
{
    const QString path = m_dir.filePath(QStringLiteral("비와이.wav"));
    const std::vector<float> tone = sine(440.0, 20.0, kNotebookSampleRate);
    ASSERT_TRUE(writeWav(path, tone.data(), tone.size(), 1, kNotebookSampleRate).ok());
    const TrackRecord track = add(path);
    ASSERT_TRUE(project->label(track.id, 1.0, 8.5, QStringLiteral("singing")).ok()); // 2 + 1.5 s
    ASSERT_TRUE(project->label(track.id, 10.0, 12.0, QStringLiteral("trap")).ok());  // too short
    ASSERT_TRUE(project
                    ->addRegions(track.id, {{13.0, 19.0, std::nullopt, QStringLiteral("song")}},
                                 Overlap::Refuse, QStringLiteral("x"))
                    .ok());

    Result<Dataset> dataset = buildDataset(*project, DatasetOptions{});
    ASSERT_TRUE(dataset.ok()) << dataset.message().toStdString();
    EXPECT_EQ(dataset->classes, QStringList({QStringLiteral("boom bap"), QStringLiteral("trap"),
                                             QStringLiteral("singing")}));
    ASSERT_EQ(dataset->segments.size(), 2u);
    EXPECT_EQ(dataset->segments[0].label, 2);
    EXPECT_DOUBLE_EQ(dataset->segments[0].startSeconds, 1.0);
    EXPECT_DOUBLE_EQ(dataset->segments[0].endSeconds, 4.0);
    EXPECT_DOUBLE_EQ(dataset->segments[1].startSeconds, 4.0);
    EXPECT_EQ(dataset->frames(), 130);
    EXPECT_EQ(dataset->coefficients(), 13);
    EXPECT_EQ(dataset->summary.regions, 2);
    EXPECT_EQ(dataset->summary.unlabelledRegions, 1);
    EXPECT_EQ(dataset->summary.regionsWithoutSegments, 1);
    EXPECT_EQ(dataset->summary.partialTails, 2);
    EXPECT_NEAR(dataset->summary.droppedSeconds, 1.5 + 2.0, 1e-3);

    // The second segment is the per-segment MFCC of samples [4 s, 7 s) of the loaded signal.
    MfccExtractor extractor{FeatureParams{}};
    const MfccMatrix direct =
        extractor.compute(tone.data() + 4 * kNotebookSampleRate, 3 * kNotebookSampleRate);
    EXPECT_EQ(direct.data, dataset->segments[1].mfcc.data);

    // Reordering classes changes the labels, not the segments.
    ASSERT_TRUE(project->moveClass(QStringLiteral("singing"), 0).ok());
    Result<Dataset> again = buildDataset(*project, DatasetOptions{});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->segments[0].label, 0);
    EXPECT_EQ(again->segments[1].mfcc.data, dataset->segments[1].mfcc.data);
}

// The counts the window shows without decoding anything (segment_plan) are the export's, on
// lengths around the rule's edges: a last segment of 66 048 samples still gives 130 frames and is
// kept, one of 66 047 is not; a region can end at the end of the file.
TEST_F(DatasetBuilderTest, CountingWithoutDecodingGivesTheExportsSegments)
{
    const QString path = m_dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
    const std::vector<float> tone = sine(440.0, 60.0, kNotebookSampleRate);
    ASSERT_TRUE(writeWav(path, tone.data(), tone.size(), 1, kNotebookSampleRate).ok());
    const TrackRecord track = add(path);
    const std::vector<std::int64_t> lengths = {66047, 66048, 66149, 66150, 66151, 132197, 132198};
    std::vector<std::pair<double, double>> spans;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        const double start = 7.0 * double(i);
        spans.push_back({start, start + double(lengths[i]) / kNotebookSampleRate});
    }
    spans.push_back({55.0, 60.0}); // up to the end of the file
    for (const auto& [start, end] : spans) {
        Result<EditCommand> labelled = project->label(track.id, start, end, QStringLiteral("trap"));
        ASSERT_TRUE(labelled.ok()) << labelled.message().toStdString();
    }

    Result<Dataset> dataset = buildDataset(*project, DatasetOptions{});
    ASSERT_TRUE(dataset.ok()) << dataset.message().toStdString();
    const std::vector<RegionRecord> all = test::must(project->regions(track.id));
    const std::vector<RegionRecord>* regions = &all;
    const FeatureParams params;
    const std::int64_t window = params.samplesForSeconds(kNotebookSegmentSeconds);
    const std::int64_t loaded = loadedLength(track.frames, track.sampleRate, params.sampleRate);
    const std::vector<int> expected = {0, 1, 1, 1, 1, 1, 2, 1};
    ASSERT_EQ(regions->size(), spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const RegionRecord& region = (*regions)[i];
        int exported = 0;
        for (const DatasetSegment& segment : dataset->segments)
            if (segment.startSeconds >= region.start - 1e-9 && segment.startSeconds < region.end)
                ++exported;
        EXPECT_EQ(exported, expected[i]) << "region " << i;
        EXPECT_EQ(exportWindows({region}, params, window, loaded).windows, exported)
            << "region " << i;
    }
    const QHash<std::int64_t, int> counts =
        segmentsPerClass(*regions, test::must(project->tracks()), params, window);
    EXPECT_EQ(counts.value(*regions->front().classId), int(dataset->segments.size()));

    // The Train panel's plan: the same segments, times and summary, with no MFCC computed.
    Result<Dataset> plan = planDataset(*project, DatasetOptions{});
    ASSERT_TRUE(plan.ok()) << plan.message().toStdString();
    ASSERT_EQ(plan->segments.size(), dataset->segments.size());
    for (std::size_t i = 0; i < plan->segments.size(); ++i) {
        EXPECT_EQ(plan->segments[i].label, dataset->segments[i].label);
        EXPECT_EQ(plan->segments[i].source, dataset->segments[i].source);
        EXPECT_DOUBLE_EQ(plan->segments[i].startSeconds, dataset->segments[i].startSeconds);
        EXPECT_DOUBLE_EQ(plan->segments[i].endSeconds, dataset->segments[i].endSeconds);
        EXPECT_TRUE(plan->segments[i].mfcc.data.empty());
    }
    EXPECT_EQ(plan->summary.regions, dataset->summary.regions);
    EXPECT_EQ(plan->summary.regionsWithoutSegments, dataset->summary.regionsWithoutSegments);
    EXPECT_EQ(plan->summary.partialTails, dataset->summary.partialTails);
    EXPECT_NEAR(plan->summary.droppedSeconds, dataset->summary.droppedSeconds, 1e-9);
}

TEST_F(DatasetBuilderTest, AMissingFileIsRefusedWithTheTrack)
{
    const QString path = m_dir.filePath(QStringLiteral("gone.wav"));
    const std::vector<float> tone = sine(440.0, 4.0, kNotebookSampleRate);
    ASSERT_TRUE(writeWav(path, tone.data(), tone.size(), 1, kNotebookSampleRate).ok());
    const TrackRecord track = add(path);
    ASSERT_TRUE(project->label(track.id, 0, 4, QStringLiteral("trap")).ok());
    ASSERT_TRUE(QFile::remove(path));
    Result<Dataset> dataset = buildDataset(*project, DatasetOptions{});
    ASSERT_FALSE(dataset.ok());
    EXPECT_TRUE(dataset.message().contains(QStringLiteral("gone.wav")));
    EXPECT_TRUE(dataset.message().contains(QStringLiteral("relink")));
    EXPECT_EQ(dataset.kind(), ErrorKind::NotFound);
}

TEST_F(DatasetBuilderTest, ACancelledBuildSaysSoByItsKind)
{
    const QString path = m_dir.filePath(QStringLiteral("tone.wav"));
    const std::vector<float> tone = sine(440.0, 10.0, kNotebookSampleRate);
    ASSERT_TRUE(writeWav(path, tone.data(), tone.size(), 1, kNotebookSampleRate).ok());
    const TrackRecord track = add(path);
    ASSERT_TRUE(project->label(track.id, 0, 9, QStringLiteral("trap")).ok());
    CancelToken cancel;
    cancel.cancel();
    Result<Dataset> dataset = buildDataset(*project, DatasetOptions{}, JobControl({}, &cancel));
    ASSERT_FALSE(dataset.ok());
    EXPECT_TRUE(dataset.cancelled()) << dataset.message().toStdString();
    EXPECT_EQ(dataset.kind(), ErrorKind::Cancelled);
}

TEST_F(DatasetBuilderTest, NoLabelledRegionsIsAnError)
{
    EXPECT_FALSE(buildDataset(*project, DatasetOptions{}).ok());
}

} // namespace
} // namespace hhs::test

// Shared by the project tests: a temporary project with a few short WAV tracks (some named in
// Korean), written with hhs::writeWav.
#pragma once

#include "audio/wav_writer.h"
#include "project/project.h"
#include "project/track_import.h"
#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace hhs::test {

inline QString writeToneWav(const QString& path, double seconds, double frequency = 440.0,
                            int rate = 22050)
{
    const std::vector<float> samples = sine(frequency, seconds, rate);
    const Status written = writeWav(path, samples.data(), samples.size(), 1, rate);
    EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.message().toStdString());
    return path;
}

class ProjectFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Result<std::unique_ptr<Project>> opened = Project::open(projectPath());
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        project = std::move(*opened);
    }

    QString projectPath() const { return m_dir.filePath(QStringLiteral("작업.hhsproj")); }

    // Closes the project and opens the file again.
    void reopen()
    {
        project.reset();
        Result<std::unique_ptr<Project>> opened = Project::open(projectPath());
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        project = std::move(*opened);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // A track of `seconds` seconds, imported into the project.
    TrackRecord addTone(const QString& name, double seconds)
    {
        const QString path = writeToneWav(file(name), seconds);
        Result<TrackRecord> track = describeTrack(path);
        EXPECT_TRUE(track.ok()) << (track.ok() ? "" : track.message().toStdString());
        Result<std::vector<TrackRecord>> added = project->addTracks({TrackImport{*track, {}}});
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.message().toStdString());
        return added->front();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> project;
};

// A track's regions as (start, end) pairs, to compare layouts at a glance.
using Spans = std::vector<std::pair<double, double>>;
inline Spans spans(const std::vector<RegionRecord>& regions)
{
    Spans list;
    for (const RegionRecord& region : regions)
        list.emplace_back(region.start, region.end);
    return list;
}

} // namespace hhs::test

// Killing a writer at any moment loses at most the edit in flight: a child process labels
// regions and reports each finished edit; it is SIGKILLed at a random moment, many times; then
// every reported edit must be in the file and PRAGMA integrity_check must pass.
#include "must.h"
#include "project_fixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <set>

namespace hhs::test {
namespace {

using CrashTest = ProjectFixture;

TEST_F(CrashTest, EveryAcknowledgedEditSurvivesSigkill)
{
    project.reset();
    std::vector<long> acknowledged;
    QRandomGenerator random(20261124);
    int killedWhileWriting = 0;
    for (int run = 0; run < 12; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(HHS_CRASH_WRITER),
                     {projectPath(), QString::number(long(run) * 100000)});
        ASSERT_TRUE(writer.waitForStarted(10000));
        // Wait for the first acknowledgement, then let it write for a random while.
        writer.waitForReadyRead(10000);
        QThread::msleep(random.bounded(20, 250));
        writer.kill(); // SIGKILL
        writer.waitForFinished(10000);
        if (writer.exitStatus() == QProcess::CrashExit) ++killedWhileWriting;
        QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        lines.removeLast(); // a line cut by the kill (no newline yet) is not an acknowledgement
        for (const QByteArray& line : lines)
            if (line.startsWith("ok ")) acknowledged.push_back(line.mid(3).toLong());
        ASSERT_FALSE(writer.readAllStandardError().contains("error")) << run;
    }
    EXPECT_EQ(killedWhileWriting, 12);
    ASSERT_GT(acknowledged.size(), 12u);

    Result<std::unique_ptr<Project>> reopened = Project::open(projectPath());
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    EXPECT_TRUE((*reopened)->integrityCheck().ok());
    Result<TrackRecord> track = (*reopened)->findTrack(QStringLiteral("long.wav"));
    ASSERT_TRUE(track.ok());
    std::set<long> present;
    for (const RegionRecord& region : test::must((*reopened)->regions(track->id)))
        present.insert(long(region.start));
    for (long index : acknowledged)
        EXPECT_TRUE(present.count(index)) << "lost edit " << index;
}

} // namespace
} // namespace hhs::test

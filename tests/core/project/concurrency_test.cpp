// Two writers on one project: both see each other's edits; a writer that finds the file locked
// waits up to its busy timeout and then answers "in use" without damaging anything.
#include "must.h"
#include "project_fixture.h"

#include <sqlite3.h>
#include <thread>

namespace hhs::test {
namespace {

using ConcurrencyTest = ProjectFixture;

TEST_F(ConcurrencyTest, TwoProjectsOnOneFileSeeEachOthersEdits)
{
    const TrackRecord track = addTone(QStringLiteral("g.wav"), 20.0);
    Result<std::unique_ptr<Project>> second = Project::open(projectPath());
    ASSERT_TRUE(second.ok()) << second.message().toStdString();
    ASSERT_TRUE(project->label(track.id, 0, 1, QStringLiteral("trap")).ok());
    ASSERT_TRUE((*second)->label(track.id, 1, 2, QStringLiteral("singing")).ok());
    EXPECT_EQ(test::must(project->regions(track.id)).size(), 2u);
    EXPECT_EQ(test::must((*second)->regions(track.id)).size(), 2u);
    // The second saw the first's region, so the overlap rule holds across connections.
    EXPECT_FALSE((*second)->label(track.id, 0.5, 1.5, QStringLiteral("trap")).ok());
}

class LockHolder
{
public:
    explicit LockHolder(const QString& path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        m_locked = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~LockHolder()
    {
        release();
        sqlite3_close(m_db);
    }
    void release()
    {
        if (m_locked) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_locked = false;
    }
    bool locked() const { return m_locked; }

private:
    sqlite3* m_db = nullptr;
    bool m_locked = false;
};

TEST_F(ConcurrencyTest, ALockedProjectAnswersInUseAfterTheBusyTimeout)
{
    const TrackRecord track = addTone(QStringLiteral("h.wav"), 20.0);
    LockHolder holder(projectPath());
    ASSERT_TRUE(holder.locked());
    // Opening an up-to-date project does not need the write lock.
    Result<std::unique_ptr<Project>> impatient = Project::open(projectPath(), ProjectOptions{200});
    ASSERT_TRUE(impatient.ok()) << impatient.message().toStdString();
    Result<EditCommand> edit = (*impatient)->label(track.id, 0, 1, QStringLiteral("trap"));
    ASSERT_FALSE(edit.ok());
    EXPECT_TRUE(edit.message().contains(QStringLiteral("in use"))) << edit.message().toStdString();
    EXPECT_EQ(edit.kind(), ErrorKind::Busy); // worth trying again
    // Reading still works while another writes (WAL).
    EXPECT_EQ(test::must((*impatient)->classes()).size(), 3u);
    holder.release();
    EXPECT_TRUE((*impatient)->label(track.id, 0, 1, QStringLiteral("trap")).ok());
    EXPECT_TRUE(project->integrityCheck().ok());
}

TEST_F(ConcurrencyTest, AWriterWaitsForAShortLockInsteadOfFailing)
{
    const TrackRecord track = addTone(QStringLiteral("i.wav"), 20.0);
    auto holder = std::make_unique<LockHolder>(projectPath());
    ASSERT_TRUE(holder->locked());
    std::thread releaser([&holder] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        holder->release();
    });
    Result<EditCommand> edit = project->label(track.id, 0, 1, QStringLiteral("trap"));
    releaser.join();
    EXPECT_TRUE(edit.ok()) << edit.message().toStdString();
}

} // namespace
} // namespace hhs::test

// Project files and cached blobs from any bytes. The first byte picks what the rest is:
//  even: a whole project file (the seed corpus has real ones), opened and listed as the studio
//        does on open (tracks, classes, regions, runs, the integrity check);
//  odd:  a feature-cache blob, written into a fresh project's cache with SQLite and read back
//        (a blob that does not parse is a miss, never a crash or a wild allocation).
#include "fuzz_input.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace {

void listEverything(hhs::Project& project)
{
    (void)project.integrityCheck();
    if (auto tracks = project.tracks(); tracks)
        for (const hhs::TrackRecord& track : *tracks)
            (void)project.regions(track.id, hhs::Layer::Label);
    (void)project.classes();
    (void)project.regions(std::nullopt, hhs::Layer::Predicted);
    if (auto runs = project.runs(); runs)
        for (const hhs::RunRecord& run : *runs)
            (void)project.run(run.id); // its compressed details, uncompressed
}

void readBlob(const std::uint8_t* data, std::size_t size)
{
    static const QString path = [] {
        const QString file = hhs::fuzz::writeInput(nullptr, 0, QStringLiteral("blob.hhs"));
        QFile::remove(file);
        auto made = hhs::Project::open(file); // a fresh project with the current schema
        if (!made) hhs::fuzz::finding("cannot make the project for the blob fuzzer");
        return file;
    }();
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        hhs::fuzz::finding("cannot open the blob project");
    sqlite3_stmt* put = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR REPLACE INTO feature_cache(content_hash, cache_key, data) "
                       "VALUES('h', 'k', ?)",
                       -1, &put, nullptr);
    sqlite3_bind_blob(put, 1, data, int(size), SQLITE_TRANSIENT);
    const int stepped = sqlite3_step(put);
    sqlite3_finalize(put);
    sqlite3_close(db);
    if (stepped != SQLITE_DONE) hhs::fuzz::finding("cannot store the blob");
    auto project = hhs::Project::open(path);
    if (!project) hhs::fuzz::finding("cannot reopen the blob project");
    if (auto features = (*project)->features(QStringLiteral("h"), QStringLiteral("k")))
        for (const hhs::MfccMatrix& matrix : *features)
            if (matrix.data.size() != std::size_t(matrix.frames) * std::size_t(matrix.coefficients))
                hhs::fuzz::finding("a cached matrix whose size disagrees with its shape");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    if (data[0] & 1) {
        readBlob(data + 1, size - 1);
        return 0;
    }
    const QString path =
        hhs::fuzz::writeInput(data + 1, size - 1, QStringLiteral("[킬링벌스] project.hhs"));
    // A project that opens leaves its -wal and -shm beside it: gone before the next input.
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (auto project = hhs::Project::open(path); project) listEverything(**project);
    return 0;
}

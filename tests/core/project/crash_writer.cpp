// A helper for crash_test: opens a project and labels one-second regions as fast as it can,
// printing "ok N" after each edit has returned (so the parent knows it is on disk), until it is
// killed. Usage: project_crash_writer PROJECT FIRST_INDEX
#include "project/project.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) return 2;
    auto opened = hhs::Project::open(QString::fromUtf8(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.message().toUtf8().constData());
        return 1;
    }
    hhs::Project& project = **opened;
    auto track = project.findTrack(QStringLiteral("long.wav"));
    if (!track) {
        hhs::TrackRecord record;
        record.path = QStringLiteral("/nowhere/long.wav");
        record.fileName = QStringLiteral("long.wav");
        record.contentHash = QStringLiteral("sha256:00");
        record.format = QStringLiteral("WAV");
        record.sampleRate = 22050;
        record.channels = 1;
        record.durationSeconds = 1e7;
        auto added = project.addTracks({hhs::TrackImport{record, {}}});
        if (!added) return 1;
        track = added->front();
    }
    const long first = std::atol(argv[2]);
    for (long i = first;; ++i) {
        const QString className =
            i % 5 == 0 ? QStringLiteral("c%1").arg(i) : QStringLiteral("trap");
        if (i % 5 == 0 && !project.addClass(className)) return 1;
        auto edit = project.label(track->id, double(i), double(i) + 1.0, className);
        if (!edit) {
            std::fprintf(stderr, "%s\n", edit.message().toUtf8().constData());
            return 1;
        }
        std::printf("ok %ld\n", i);
        std::fflush(stdout);
    }
}

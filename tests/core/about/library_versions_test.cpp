// About reports every library the studio runs on with a version that looks like one, and names
// the BLAS behind libblas.so.3 from the path Debian's alternatives system resolves it to.
#include "about/library_versions.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(LibraryVersions, EveryLibraryIsListedWithAVersionNumber)
{
    const std::vector<LibraryVersion> versions = libraryVersions();
    QStringList names;
    const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?"));
    for (const LibraryVersion& library : versions) {
        names << library.name;
        // The BLAS is named, not numbered; the thread policies are environment values.
        if (library.name == QLatin1String("BLAS") || library.name.contains(QLatin1Char('_')))
            continue;
        EXPECT_TRUE(dotted.match(library.version).hasMatch())
            << library.name.toStdString() << ": " << library.version.toStdString();
    }
    for (const char* expected : {"HipHop Studio", "Qt", "LibTorch", "BLAS", "FFTW", "libsndfile",
                                 "libsoxr", "FFmpeg", "SQLite"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(expected))) << expected;
}

TEST(LibraryVersions, BlasIsNamedFromTheResolvedLibrary)
{
    EXPECT_EQ(blasNameForLibrary(
                  QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3")),
              QStringLiteral("OpenBLAS (pthreads)"));
    EXPECT_EQ(blasNameForLibrary(
                  QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3")),
              QStringLiteral("OpenBLAS (OpenMP)"));
    EXPECT_TRUE(
        blasNameForLibrary(QStringLiteral("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0"))
            .startsWith(QStringLiteral("reference BLAS")));
    EXPECT_EQ(
        blasNameForLibrary(QStringLiteral("/usr/lib/x86_64-linux-gnu/blis-pthread/libblas.so.3")),
        QStringLiteral("BLIS"));
    EXPECT_EQ(blasNameForLibrary({}), QStringLiteral("none found"));
}

} // namespace
} // namespace hhs

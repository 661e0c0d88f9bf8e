#include "about/library_versions.h"

#include "audio/ffmpeg_decoder.h"
#include "jobs/text.h"

#include <QFileInfo>
#include <QtGlobal>
#include <fftw3.h>
#include <sndfile.h>
#include <soxr.h>
#include <sqlite3.h>

namespace hhs {

QString blasNameForLibrary(const QString& resolvedPath)
{
    if (resolvedPath.isEmpty()) return translate("hhs::About", "none found");
    if (resolvedPath.contains(QLatin1String("openblas-pthread")))
        return QStringLiteral("OpenBLAS (pthreads)");
    if (resolvedPath.contains(QLatin1String("openblas-openmp")))
        return QStringLiteral("OpenBLAS (OpenMP)");
    if (resolvedPath.contains(QLatin1String("openblas"))) return QStringLiteral("OpenBLAS");
    if (resolvedPath.contains(QLatin1String("blis"))) return QStringLiteral("BLIS");
    if (resolvedPath.contains(QLatin1String("atlas"))) return QStringLiteral("ATLAS");
    if (resolvedPath.contains(QLatin1String("/blas/")))
        return translate("hhs::About", "reference BLAS (slow)");
    return resolvedPath;
}

QString blasInUse()
{
    // Debian's libtorch links libblas.so.3, which the alternatives system points at a BLAS.
    for (const char* candidate :
         {"/usr/lib/x86_64-linux-gnu/libblas.so.3", "/usr/lib/aarch64-linux-gnu/libblas.so.3",
          "/usr/lib/libblas.so.3"}) {
        const QFileInfo info(QString::fromLatin1(candidate));
        if (info.exists()) return blasNameForLibrary(info.canonicalFilePath());
    }
    return blasNameForLibrary({});
}

namespace {
QString environmentValue(const char* name)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? translate("hhs::about", "not set") : QString::fromLocal8Bit(value);
}
} // namespace

std::vector<LibraryVersion> libraryVersions()
{
    QString soxr = QString::fromUtf8(soxr_version());
    soxr.remove(QStringLiteral("libsoxr-"));
    QString sndfile = QString::fromUtf8(sf_version_string());
    sndfile.remove(QStringLiteral("libsndfile-"));
    QString fftw = QString::fromUtf8(fftwf_version);
    fftw.remove(QStringLiteral("fftw-"));
    return {
        {QStringLiteral("HipHop Studio"), QStringLiteral(HHS_VERSION)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("LibTorch"), QStringLiteral(HHS_TORCH_VERSION)},
        {QStringLiteral("BLAS"), blasInUse()},
        {QStringLiteral("FFTW"), fftw},
        {QStringLiteral("libsndfile"), sndfile},
        {QStringLiteral("libsoxr"), soxr},
        {QStringLiteral("FFmpeg"), ffmpegVersions()},
        {QStringLiteral("SQLite"), QString::fromUtf8(sqlite3_libversion())},
        // The thread pools' policies (jobs/thread_pools.h).
        {QStringLiteral("OMP_WAIT_POLICY"), environmentValue("OMP_WAIT_POLICY")},
        {QStringLiteral("OPENBLAS_NUM_THREADS"), environmentValue("OPENBLAS_NUM_THREADS")},
    };
}

} // namespace hhs

// The versions of the libraries the studio runs on, and the BLAS that LibTorch will use (it
// decides training speed: the reference BLAS is several times slower than OpenBLAS). Read at
// run time where the library can say, without loading LibTorch. Any thread.
#pragma once

#include <QString>
#include <vector>

namespace hhs {

struct LibraryVersion
{
    QString name;    // "FFTW", "libsndfile", ...
    QString version; // as the library reports it
};

std::vector<LibraryVersion> libraryVersions();

// "OpenBLAS (pthreads)", "OpenBLAS (OpenMP)", "reference BLAS (slow)", "BLIS", "ATLAS", or the
// library's path when it is none of these; "none found" when libblas.so.3 is missing.
QString blasInUse();
// The same decision for a resolved libblas.so.3 path (exposed for tests).
QString blasNameForLibrary(const QString& resolvedPath);

} // namespace hhs

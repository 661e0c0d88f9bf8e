// The check every path a user gives goes through before it is opened: it must exist and be a
// readable regular file (a FIFO would block the read forever, /dev/zero would read until memory
// runs out, a folder is not a file), and no larger than what that kind of file can sensibly
// be. Messages name the file. Any thread.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <QtGlobal>

namespace hhs {

// Upper bounds for files read whole into memory.
inline constexpr qint64 kMaxTextFileBytes = qint64(512) << 20;   // label files, manifests
inline constexpr qint64 kMaxModelFileBytes = qint64(1024) << 20; // a model is about 1 MB

// `maxBytes` 0: any size. An empty file is an error only where `emptyIsError`.
Status checkInputFile(const QString& path, qint64 maxBytes = 0, bool emptyIsError = true);

} // namespace hhs

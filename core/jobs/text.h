// Small helpers for user-facing text in core: translation without a QObject, and paths shown
// the way a user typed them (UTF-8 safe, so "[킬링벌스] 비와이.wav" survives). Any thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace hhs {

// Translates core's user-visible strings; the context groups them for Qt Linguist.
QString tr(const char* context, const char* sourceText);

// A path as given to a C library (libsndfile, SQLite): UTF-8 bytes on every platform we ship.
QByteArray nativePath(const QString& path);

// A path quoted for messages: "/music/[킬링벌스] 비와이.wav".
QString quoted(const QString& path);

} // namespace hhs

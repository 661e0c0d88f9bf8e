// Small helpers for user-facing text in core: translation without a QObject, and paths shown
// the way a user typed them (UTF-8 safe, so "[킬링벌스] 비와이.wav" survives). Any thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace hhs {

// Translates core's user-visible strings; the context groups them for Qt Linguist.
QString translate(const char* context, const char* sourceText);
// The same with a plural form: %n in the text becomes `n` (the translation picks its form).
QString translate(const char* context, const char* sourceText, const char* disambiguation, int n);

// A path as given to a C library (libsndfile, SQLite): UTF-8 bytes on every platform we ship.
QByteArray nativePath(const QString& path);

// A path quoted for messages: "/music/[킬링벌스] 비와이.wav".
QString quoted(const QString& path);

} // namespace hhs

// The demo project a newcomer starts with: the demo corpus written under DIR, and DIR/demo.hhs
// holding its clips as labelled tracks (a folder import, one class per style) and the medley as
// an unlabelled track, ready to label by hand, train on, and predict. Worker thread: it writes
// and hashes files; progress and cancel between files.
#pragma once

#include "demo/demo_corpus.h"

namespace hhs::demo {

// Writes the corpus into `dir` and creates (or adds to) `projectPath`; returns the project's path.
Result<QString> createDemoProject(const QString& dir, const QString& projectPath,
                                  const CorpusOptions& options = {}, const JobControl& job = {});

// DIR/demo.hhs: where createDemoProject puts the project when asked for a default.
QString defaultDemoProjectPath(const QString& dir);

} // namespace hhs::demo

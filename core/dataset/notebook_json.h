// The notebook's dataset file, {"mapping": [...], "labels": [...], "mfcc": [...]}, so that
// np.array(data["mfcc"]) gives (segments, frames, coefficients), plus a manifest beside it
// (OUT.manifest.json) that traces every segment to its track, content hash and time span and
// records the feature parameters and the studio's version. Writing streams (never the whole text
// in memory) into temporary files renamed at the end; reading is a SAX pass that refuses ragged
// shapes, labels outside the mapping and non-JSON with the reason. Call from a worker thread.
#pragma once

#include "dataset/dataset.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <QString>

namespace hhs {

// "OUT.json" -> "OUT.manifest.json" (any other name gets ".manifest.json" appended).
QString manifestPathFor(const QString& datasetPath);

// Writes the dataset and its manifest. Every segment must have the same shape.
Status writeNotebookJson(const Dataset& dataset, const QString& path, const JobControl& job = {});

// Reads a notebook JSON file; when its manifest is beside it, fills each segment's source,
// sourceName and times, the feature parameters and the segment length from it.
Result<Dataset> readNotebookJson(const QString& path, const JobControl& job = {});

} // namespace hhs

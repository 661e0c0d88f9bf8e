// buildDataset: a project's labelled regions cut into the notebook's training segments. Every
// labelled region is cut from its start into consecutive segments of `segmentSeconds`; each
// segment's MFCC is computed on its own (extractSegments: the notebook's semantics); a tail
// that does not fill a segment is left out and counted in Dataset::summary. Labels index the
// project's class order (every class listed). Features are cached in the project per region
// and parameters, so a second export does not decode again. Call from a worker thread with a
// Project opened on it; reports progress and stops when cancelled.
#pragma once

#include "dataset/dataset.h"
#include "features/feature_params.h"
#include "jobs/job.h"
#include "jobs/result.h"
#include "jobs/thread_pools.h"

namespace hhs {

class Project;

struct DatasetOptions
{
    double segmentSeconds = kNotebookSegmentSeconds;
    FeatureParams params;
    int threads = machineThreads(); // the features' workers
};

Result<Dataset> buildDataset(const Project& project, const DatasetOptions& options,
                             const JobControl& job = {});

// The segments buildDataset would make (labels, recordings, times and the summary), by
// segment_plan's arithmetic over the records: no audio is decoded, no MFCC computed (the
// segments' matrices are empty) and files are not checked. What the Train panel's preview
// counts and splits, in milliseconds; any thread with a Project opened on it.
Result<Dataset> planDataset(const Project& project, const DatasetOptions& options);

} // namespace hhs

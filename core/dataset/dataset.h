// Dataset: labelled MFCC segments in memory, the common currency between the project (which
// cuts labelled regions into segments), the notebook's JSON format (read and written), and
// training (which splits and learns from them). Each segment remembers where it came from, so a
// split can keep one recording's segments together and a confusion can be played back.
// Plain value types: built on a worker thread, then handed over whole.
#pragma once

#include "features/feature_params.h"
#include "features/mfcc.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace hhs {

struct DatasetSegment
{
    int label = -1;     // index into Dataset::classes
    QString source;     // the recording it came from: a track's stable key (content hash or
                        // path); empty when unknown (a notebook JSON without manifest)
    QString sourceName; // for people: the track's file name
    double startSeconds = 0;
    double endSeconds = 0;
    MfccMatrix mfcc; // frames x coefficients, the same shape for every segment
};

// What cutting regions into segments left out (filled by buildDataset; zero when read from a
// file). A region's tail that does not fill a segment is dropped, as in the notebook.
struct DatasetSummary
{
    int regions = 0;                // labelled regions cut into segments
    int unlabelledRegions = 0;      // regions without a class: not part of the dataset
    int regionsWithoutSegments = 0; // labelled regions shorter than one segment
    std::int64_t partialTails = 0;  // regions' ends too short for another segment
    double droppedSeconds = 0;      // the audio those tails held
};

struct Dataset
{
    QStringList classes; // the mapping: class names, index = label
    FeatureParams params;
    double segmentSeconds = kNotebookSegmentSeconds;
    std::vector<DatasetSegment> segments;
    DatasetSummary summary;

    int frames() const { return segments.empty() ? 0 : segments.front().mfcc.frames; }
    int coefficients() const
    {
        return segments.empty() ? params.mfccCount : segments.front().mfcc.coefficients;
    }
    // True when every segment knows its recording (a split by recording is possible).
    bool hasSources() const;
};

inline bool Dataset::hasSources() const
{
    for (const DatasetSegment& segment : segments)
        if (segment.source.isEmpty()) return false;
    return !segments.empty();
}

} // namespace hhs

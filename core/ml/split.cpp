#include "ml/split.h"

#include "jobs/text.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace hhs {
namespace {

// Fisher-Yates with our own index draw, so a seed gives the same order on every standard library.
std::vector<int> permutation(int count, std::uint64_t seed)
{
    std::vector<int> order(std::size_t(std::max(count, 0)));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed);
    for (int i = count - 1; i > 0; --i) {
        const int j = int(rng() % std::uint64_t(i + 1));
        std::swap(order[std::size_t(i)], order[std::size_t(j)]);
    }
    return order;
}

Status checkLabels(const Dataset& dataset)
{
    if (dataset.classes.size() < 2)
        return makeError(
            translate("hhs::Split", "training needs at least two classes; the dataset has %1")
                .arg(dataset.classes.size()));
    std::vector<int> perClass(std::size_t(dataset.classes.size()), 0);
    for (const DatasetSegment& segment : dataset.segments) {
        if (segment.label < 0 || segment.label >= dataset.classes.size())
            return makeError(
                translate("hhs::Split",
                          "a segment of %1 has label %2, but there are only %3 classes")
                    .arg(quoted(segment.sourceName))
                    .arg(segment.label)
                    .arg(dataset.classes.size()));
        ++perClass[std::size_t(segment.label)];
    }
    for (int c = 0; c < dataset.classes.size(); ++c)
        if (perClass[std::size_t(c)] == 0)
            return makeError(translate("hhs::Split",
                                       "class \"%1\" has no segments: label some audio as \"%1\" "
                                       "or remove the class before training")
                                 .arg(dataset.classes[c]));
    return {};
}

std::array<double, kSplitParts> partFractions(const SplitOptions& options)
{
    const double test = options.testFraction;
    const double validation = (1.0 - test) * options.validationFraction;
    return {1.0 - test - validation, validation, test};
}

void fillSummary(const Dataset& dataset, DatasetSplit& split, const SplitOptions& options)
{
    const int classes = dataset.classes.size();
    split.summary.method = options.method;
    split.summary.seed = options.seed;
    split.summary.classes = dataset.classes;
    for (int part = 0; part < kSplitParts; ++part) {
        std::vector<SplitCount>& counts = split.summary.composition[std::size_t(part)];
        counts.assign(std::size_t(classes), SplitCount{});
        std::vector<QSet<QString>> tracks(static_cast<std::size_t>(classes));
        for (int index : split.indices[std::size_t(part)]) {
            const DatasetSegment& segment = dataset.segments[std::size_t(index)];
            ++counts[std::size_t(segment.label)].segments;
            if (!segment.source.isEmpty())
                tracks[std::size_t(segment.label)].insert(segment.source);
        }
        for (int c = 0; c < classes; ++c)
            counts[std::size_t(c)].tracks = int(tracks[std::size_t(c)].size());
    }
}

Result<DatasetSplit> splitRandom(const Dataset& dataset, const SplitOptions& options)
{
    // The notebook: train_test_split(test_size=0.25), then train_test_split(test_size=0.2) on
    // the rest; scikit-learn rounds the test sizes up.
    const int count = int(dataset.segments.size());
    const int test = int(std::ceil(options.testFraction * count));
    const int validation = int(std::ceil(options.validationFraction * (count - test)));
    if (test < 1 || validation < 1 || count - test - validation < 1)
        return makeError(translate("hhs::Split",
                                   "%1 segments are too few to split into training, validation "
                                   "and test; label more audio")
                             .arg(count));
    const std::vector<int> order = permutation(count, options.seed);
    DatasetSplit split;
    split.indices[TestPart].assign(order.begin(), order.begin() + test);
    split.indices[ValidationPart].assign(order.begin() + test, order.begin() + test + validation);
    split.indices[TrainPart].assign(order.begin() + test + validation, order.end());
    for (auto& part : split.indices)
        std::sort(part.begin(), part.end());
    return split;
}

Result<DatasetSplit> splitByRecording(const Dataset& dataset, const SplitOptions& options)
{
    if (!dataset.hasSources())
        return makeError(translate("hhs::Split",
                                   "the segments do not say which recording they come from (a "
                                   "notebook JSON without its manifest), so they cannot be split "
                                   "by recording; export the dataset with its manifest, or use "
                                   "the random split (its scores are optimistic)"));
    const int classes = dataset.classes.size();

    // Group segments by recording.
    QHash<QString, int> trackOf;
    std::vector<std::vector<int>> trackSegments;
    std::vector<std::vector<int>> trackCounts; // [track][class]
    for (int i = 0; i < int(dataset.segments.size()); ++i) {
        const DatasetSegment& segment = dataset.segments[std::size_t(i)];
        auto found = trackOf.find(segment.source);
        if (found == trackOf.end()) {
            found = trackOf.insert(segment.source, int(trackSegments.size()));
            trackSegments.emplace_back();
            trackCounts.emplace_back(std::size_t(classes), 0);
        }
        trackSegments[std::size_t(*found)].push_back(i);
        ++trackCounts[std::size_t(*found)][std::size_t(segment.label)];
    }
    const int tracks = int(trackSegments.size());

    std::vector<int> tracksPerClass(std::size_t(classes), 0);
    std::vector<double> totals(std::size_t(classes), 0);
    for (int t = 0; t < tracks; ++t)
        for (int c = 0; c < classes; ++c) {
            if (trackCounts[std::size_t(t)][std::size_t(c)] > 0) ++tracksPerClass[std::size_t(c)];
            totals[std::size_t(c)] += trackCounts[std::size_t(t)][std::size_t(c)];
        }
    for (int c = 0; c < classes; ++c)
        if (tracksPerClass[std::size_t(c)] < kSplitParts)
            return makeError(translate("hhs::Split",
                                       "class \"%1\" has segments from only %2 recording(s); a "
                                       "split by recording needs at least %3 (one each for "
                                       "training, validation and test): label \"%1\" in more "
                                       "recordings, or use the random split (its scores are "
                                       "optimistic)")
                                 .arg(dataset.classes[c])
                                 .arg(tracksPerClass[std::size_t(c)])
                                 .arg(kSplitParts));

    const std::array<double, kSplitParts> fractions = partFractions(options);
    std::vector<std::vector<double>> target(kSplitParts, std::vector<double>(std::size_t(classes)));
    std::vector<std::vector<double>> current(kSplitParts,
                                             std::vector<double>(std::size_t(classes), 0));
    for (int p = 0; p < kSplitParts; ++p)
        for (int c = 0; c < classes; ++c)
            target[std::size_t(p)][std::size_t(c)] =
                totals[std::size_t(c)] * fractions[std::size_t(p)];

    const std::vector<int> shuffled = permutation(tracks, options.seed);
    std::vector<int> partOf(std::size_t(tracks), -1);
    auto assign = [&](int t, int p) {
        partOf[std::size_t(t)] = p;
        for (int c = 0; c < classes; ++c)
            current[std::size_t(p)][std::size_t(c)] += trackCounts[std::size_t(t)][std::size_t(c)];
    };

    // First every part gets a recording of every class, rarest class first, the recordings in
    // the seed's order.
    std::vector<int> classOrder(static_cast<std::size_t>(classes));
    std::iota(classOrder.begin(), classOrder.end(), 0);
    std::stable_sort(classOrder.begin(), classOrder.end(), [&](int a, int b) {
        return tracksPerClass[std::size_t(a)] < tracksPerClass[std::size_t(b)];
    });
    for (int c : classOrder) {
        for (int p : {int(TestPart), int(ValidationPart), int(TrainPart)}) {
            if (current[std::size_t(p)][std::size_t(c)] > 0) continue;
            int best = -1;
            for (int t : shuffled)
                if (partOf[std::size_t(t)] < 0 && trackCounts[std::size_t(t)][std::size_t(c)] > 0) {
                    best = t;
                    break;
                }
            if (best < 0)
                return makeError(translate("hhs::Split",
                                           "could not give training, validation and test each a "
                                           "recording of class \"%1\" (its recordings also carry "
                                           "the other classes); label \"%1\" in more recordings, "
                                           "or use the random split (its scores are optimistic)")
                                     .arg(dataset.classes[c]));
            assign(best, p);
        }
    }

    // Then the rest in the seed's order, each to the part whose class proportions it brings
    // closest to the targets (a chi-square-like cost).
    for (int t : shuffled) {
        if (partOf[std::size_t(t)] >= 0) continue;
        int bestPart = TrainPart;
        double bestCost = std::numeric_limits<double>::infinity();
        for (int p = 0; p < kSplitParts; ++p) {
            double cost = 0;
            for (int c = 0; c < classes; ++c) {
                const double tgt = target[std::size_t(p)][std::size_t(c)];
                const double cur = current[std::size_t(p)][std::size_t(c)];
                const double add = trackCounts[std::size_t(t)][std::size_t(c)];
                cost += ((cur + add - tgt) * (cur + add - tgt) - (cur - tgt) * (cur - tgt)) /
                        std::max(tgt, 1.0);
            }
            if (cost < bestCost) {
                bestCost = cost;
                bestPart = p;
            }
        }
        assign(t, bestPart);
    }

    DatasetSplit split;
    for (int t = 0; t < tracks; ++t) {
        std::vector<int>& part = split.indices[std::size_t(partOf[std::size_t(t)])];
        part.insert(part.end(), trackSegments[std::size_t(t)].begin(),
                    trackSegments[std::size_t(t)].end());
    }
    for (auto& part : split.indices)
        std::sort(part.begin(), part.end());
    return split;
}
} // namespace

QString splitMethodName(SplitMethod method)
{
    return method == SplitMethod::Random ? QStringLiteral("random")
                                         : QStringLiteral("by-recording");
}

Result<SplitMethod> splitMethodFromName(const QString& name)
{
    // "by-track": the first spelling, still in scripts and in older model files and runs.
    if (name == QLatin1String("by-recording") || name == QLatin1String("by-track"))
        return SplitMethod::ByRecording;
    if (name == QLatin1String("random")) return SplitMethod::Random;
    return makeError(
        translate("hhs::Split", "unknown split \"%1\": use by-recording or random").arg(name),
        ErrorKind::Invalid);
}

QString splitPartName(int part)
{
    switch (part) {
    case TrainPart:
        return QStringLiteral("train");
    case ValidationPart:
        return QStringLiteral("validation");
    default:
        return QStringLiteral("test");
    }
}

int SplitSummary::segments(int part) const
{
    int total = 0;
    for (const SplitCount& count : composition[std::size_t(part)])
        total += count.segments;
    return total;
}

Result<DatasetSplit> splitDataset(const Dataset& dataset, const SplitOptions& options)
{
    if (!(options.testFraction > 0 && options.testFraction < 1 && options.validationFraction > 0 &&
          options.validationFraction < 1))
        return makeError(translate("hhs::Split",
                                   "split fractions must lie strictly between 0 and 1 (test %1, "
                                   "validation %2)")
                             .arg(options.testFraction)
                             .arg(options.validationFraction));
    if (Status labels = checkLabels(dataset); !labels) return labels.error();
    Result<DatasetSplit> split = options.method == SplitMethod::Random
                                     ? splitRandom(dataset, options)
                                     : splitByRecording(dataset, options);
    if (!split) return split;
    fillSummary(dataset, *split, options);
    return split;
}

} // namespace hhs

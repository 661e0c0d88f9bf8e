#include "project/disagreements.h"

#include <algorithm>

namespace hhs {

std::vector<Disagreement> findDisagreements(const std::vector<RegionRecord>& labels,
                                            const std::vector<RegionRecord>& predicted)
{
    std::vector<Disagreement> found;
    for (const RegionRecord& p : predicted) {
        const double length = p.end - p.start;
        if (length <= 0) continue;
        const double threshold = std::min(kDisagreementMinSeconds, length / 2);
        Disagreement d;
        d.predicted = p;
        double covered = 0;
        for (const RegionRecord& label : labels) {
            if (!label.classId) continue; // an unlabelled (named) region: no class under it
            const double overlap = std::min(p.end, label.end) - std::max(p.start, label.start);
            if (overlap <= 0) continue;
            covered += overlap;
            if (label.className != p.className && overlap >= threshold &&
                !d.labelClasses.contains(label.className))
                d.labelClasses << label.className;
        }
        d.unlabelledSeconds = std::max(0.0, length - covered);
        if (d.overOtherClass() || d.unlabelledSeconds >= threshold) found.push_back(std::move(d));
    }
    std::stable_sort(found.begin(), found.end(), [](const Disagreement& a, const Disagreement& b) {
        return a.confidence() > b.confidence();
    });
    return found;
}

} // namespace hhs

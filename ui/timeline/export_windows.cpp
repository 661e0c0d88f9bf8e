#include "timeline/export_windows.h"

#include <cmath>

namespace hhs::ui {

ExportWindows exportWindows(const std::vector<RegionRecord>& regions, std::int64_t windowSamples,
                            int sampleRate)
{
    ExportWindows result;
    if (windowSamples <= 0 || sampleRate <= 0) return result;
    for (const RegionRecord& region : regions) {
        if (!region.classId) continue;
        const auto first = std::int64_t(std::llround(region.start * sampleRate));
        const auto last = std::int64_t(std::llround(region.end * sampleRate));
        std::int64_t cut = first;
        result.cuts.push_back(double(cut) / sampleRate);
        while (cut + windowSamples <= last) {
            cut += windowSamples;
            ++result.windows;
            result.cuts.push_back(double(cut) / sampleRate);
        }
        if (cut < last) result.dropped.push_back({double(cut) / sampleRate, region.end});
    }
    return result;
}

} // namespace hhs::ui

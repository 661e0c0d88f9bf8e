// Model metadata (what a model file and a run's details store) from any bytes: read as a run
// record's details and as a model file's metadata. Every number is range-checked before it is
// converted; what is accepted names as many outputs as classes.
#include "fuzz_input.h"
#include "ml/model_info_json.h"
#include "ml/run_details.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hhs;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (Result<RunDetails> details = runDetailsFromJson(text); details) {
        const ModelInfo& info = details->info;
        if (info.frames < 1 || info.coefficients < 1 || info.classes.isEmpty())
            fuzz::finding("accepted metadata without a shape or classes");
        for (const TestSegmentRecord& segment : details->testSegments)
            if (segment.truth < 0 || segment.truth >= info.classes.size())
                fuzz::finding("accepted a test segment of a class the run does not have");
    }
    try {
        const nlohmann::json json = nlohmann::json::parse(
            reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + size);
        (void)modelInfoFromJson(json);
    } catch (const std::exception&) {
        // refused: what the callers turn into "the model … is damaged"
    }
    return 0;
}

#include "ml/run_details.h"

#include "formats/json_numbers.h"
#include "jobs/text.h"
#include "ml/model_info_json.h"

#include <algorithm>

namespace hhs {
namespace {
using nlohmann::json;
} // namespace

std::vector<TestSegmentRecord> RunDetails::cell(int truth, int predicted) const
{
    std::vector<TestSegmentRecord> list;
    for (const TestSegmentRecord& record : testSegments)
        if (record.truth == truth && record.predicted == predicted) list.push_back(record);
    std::stable_sort(list.begin(), list.end(),
                     [](const TestSegmentRecord& a, const TestSegmentRecord& b) {
                         return a.confidence > b.confidence;
                     });
    return list;
}

std::vector<TestSegmentRecord> testSegmentRecords(const std::vector<TestSegmentOutcome>& outcomes,
                                                  const Dataset& dataset)
{
    std::vector<TestSegmentRecord> records;
    records.reserve(outcomes.size());
    for (const TestSegmentOutcome& outcome : outcomes) {
        if (outcome.segment < 0 || std::size_t(outcome.segment) >= dataset.segments.size())
            continue;
        const DatasetSegment& segment = dataset.segments[std::size_t(outcome.segment)];
        records.push_back({segment.source, segment.sourceName, segment.startSeconds,
                           segment.endSeconds, outcome.truth, outcome.predicted,
                           outcome.confidence});
    }
    return records;
}

QString runDetailsJson(const RunDetails& details)
{
    json object = modelInfoToJson(details.info);
    json segments = json::array();
    for (const TestSegmentRecord& r : details.testSegments)
        segments.push_back({{"source", r.source.toStdString()},
                            {"name", r.sourceName.toStdString()},
                            {"start", r.start},
                            {"end", r.end},
                            {"truth", r.truth},
                            {"predicted", r.predicted},
                            {"confidence", r.confidence}});
    object["test_segments"] = std::move(segments);
    return QString::fromStdString(object.dump());
}

Result<RunDetails> runDetailsFromJson(const QString& text)
{
    try {
        const json object = json::parse(text.toStdString());
        Result<ModelInfo> info = modelInfoFromJson(object);
        if (!info) return info.error();
        RunDetails details;
        details.info = std::move(*info);
        const int classes = details.info.classes.size();
        if (object.contains("test_segments")) {
            for (const json& r : object.at("test_segments")) {
                TestSegmentRecord record{QString::fromStdString(r.at("source").get<std::string>()),
                                         QString::fromStdString(r.at("name").get<std::string>()),
                                         r.at("start").get<double>(),
                                         r.at("end").get<double>(),
                                         jsonInt(r, "truth", 0, classes - 1),
                                         jsonInt(r, "predicted", 0, classes - 1),
                                         float(jsonNumber(r, "confidence", 0.0, 1.0))};
                details.testSegments.push_back(std::move(record));
            }
        }
        return details;
    } catch (const std::exception& e) {
        return makeError(translate("hhs::RunDetails", "the run's details are not readable: %1")
                             .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace hhs

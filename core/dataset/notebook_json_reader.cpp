// Reading the notebook's JSON dataset (a SAX pass straight into MfccMatrix rows, so a file of
// 10 000 segments never becomes a DOM) and its manifest (see notebook_json.h).
#include "dataset/notebook_json.h"
#include "formats/input_file.h"
#include "formats/json_numbers.h"
#include "formats/json_sax_parser.h"
#include "formats/time_text.h"
#include "jobs/text.h"

#include <QFile>
#include <QFileInfo>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>
#include <sys/mman.h>
#include <unistd.h>

namespace hhs {
namespace {
using json = nlohmann::json;

// Drops pages of a read-only file mapping from the process's memory (read from the file again
// if touched). start is page-aligned.
void releasePages(const uchar* start, std::size_t length)
{
    madvise(const_cast<uchar*>(start), length, MADV_DONTNEED);
}

// Depth 1 is the top object; 2 the section's array; 3 a segment; 4 a frame.
class DatasetHandler : public nlohmann::json_sax<json>
{
public:
    DatasetHandler(Dataset& dataset, const JobControl& job) : m_dataset(dataset), m_job(job) {}

    QString error;
    bool sawMapping = false, sawLabels = false, sawMfcc = false;
    std::vector<int> labels;

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t value) override { return number(double(value), true); }
    bool number_unsigned(number_unsigned_t value) override { return number(double(value), true); }
    bool number_float(number_float_t value, const string_t&) override
    {
        return number(value, false);
    }
    bool binary(binary_t&) override { return scalar(); }

    bool string(string_t& value) override
    {
        if (m_section == Section::Mapping && m_depth == 2) {
            m_dataset.classes << QString::fromStdString(value);
            return true;
        }
        return scalar();
    }

    bool start_object(std::size_t) override
    {
        if (m_depth == 0) {
            m_depth = 1;
            return true;
        }
        if (m_section != Section::Other) return fail(shapeMessage());
        ++m_depth;
        return true;
    }

    bool end_object() override
    {
        --m_depth;
        return true;
    }

    bool key(string_t& name) override
    {
        if (m_depth != 1) return true;
        if (name == "mapping")
            m_section = Section::Mapping, sawMapping = true;
        else if (name == "labels")
            m_section = Section::Labels, sawLabels = true;
        else if (name == "mfcc")
            m_section = Section::Mfcc, sawMfcc = true;
        else
            m_section = Section::Other;
        return true;
    }

    bool start_array(std::size_t) override
    {
        if (m_depth == 0)
            return fail(translate("hhs::NotebookJson", "the file holds a list, not an object with "
                                                       "\"mapping\", \"labels\" and \"mfcc\""));
        ++m_depth;
        if (m_section == Section::Other) return true;
        if (m_depth == 2) return true;
        if (m_section != Section::Mfcc || m_depth > 4) return fail(shapeMessage());
        if (m_depth == 3) {
            m_segment = DatasetSegment();
            m_segment.mfcc.coefficients = m_coefficients;
            if (m_coefficients > 0 && m_frames > 0)
                m_segment.mfcc.data.reserve(std::size_t(m_frames) * std::size_t(m_coefficients));
        }
        m_inFrame = 0;
        return true;
    }

    bool end_array() override
    {
        --m_depth;
        if (m_section != Section::Mfcc) return true;
        if (m_depth == 3) { // a frame ended
            if (m_coefficients == 0) m_coefficients = m_inFrame;
            if (m_inFrame != m_coefficients || m_inFrame == 0)
                return fail(translate("hhs::NotebookJson",
                                      "segment %1, frame %2 has %3 coefficients, the others "
                                      "have %4")
                                .arg(m_dataset.segments.size())
                                .arg(m_segment.mfcc.frames)
                                .arg(m_inFrame)
                                .arg(m_coefficients));
            m_segment.mfcc.coefficients = m_coefficients;
            ++m_segment.mfcc.frames;
        } else if (m_depth == 2) { // a segment ended
            if (m_frames == 0) m_frames = m_segment.mfcc.frames;
            if (m_segment.mfcc.frames != m_frames || m_frames == 0)
                return fail(translate("hhs::NotebookJson",
                                      "segment %1 has %2 frames, the first has %3: every "
                                      "segment must have the same shape")
                                .arg(m_dataset.segments.size())
                                .arg(m_segment.mfcc.frames)
                                .arg(m_frames));
            m_dataset.segments.push_back(std::move(m_segment));
            if (m_dataset.segments.size() % 256 == 0 && m_job.cancelled())
                return fail(cancelledMessage());
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override
    {
        if (error.isEmpty())
            error = translate("hhs::NotebookJson", "not valid JSON near byte %1: %2")
                        .arg(position)
                        .arg(QString::fromUtf8(e.what()));
        return false;
    }

private:
    enum class Section { Other, Mapping, Labels, Mfcc };

    bool fail(const QString& message)
    {
        if (error.isEmpty()) error = message;
        return false;
    }

    QString shapeMessage() const
    {
        switch (m_section) {
        case Section::Mapping:
            return translate("hhs::NotebookJson", "\"mapping\" must be a list of class names");
        case Section::Labels:
            return translate("hhs::NotebookJson", "\"labels\" must be a list of whole numbers");
        default:
            return translate("hhs::NotebookJson",
                             "\"mfcc\" must be a list of segments, each a list of frames, each "
                             "a list of numbers");
        }
    }

    bool scalar()
    {
        if (m_section == Section::Other || m_depth < 2) return true;
        return fail(shapeMessage());
    }

    bool number(double value, bool integral)
    {
        if (m_section == Section::Labels && m_depth == 2) {
            if (!integral && (std::floor(value) != value))
                return fail(
                    translate("hhs::NotebookJson", "label %1 of segment %2 is not a whole number")
                        .arg(value)
                        .arg(labels.size()));
            if (value < INT32_MIN || value > INT32_MAX)
                return fail(translate("hhs::NotebookJson", "label %1 of segment %2 is out of range")
                                .arg(value)
                                .arg(labels.size()));
            labels.push_back(int(value));
            return true;
        }
        if (m_section == Section::Mfcc && m_depth == 4) {
            if (!(std::fabs(value) <= double(FLT_MAX))) // also NaN; converting would be undefined
                return fail(translate("hhs::NotebookJson",
                                      "segment %1 holds %2, outside what a float holds")
                                .arg(m_dataset.segments.size())
                                .arg(value));
            m_segment.mfcc.data.push_back(float(value));
            ++m_inFrame;
            return true;
        }
        return scalar();
    }

    Dataset& m_dataset;
    const JobControl& m_job;
    Section m_section = Section::Other;
    int m_depth = 0;
    DatasetSegment m_segment;
    int m_inFrame = 0;
    int m_frames = 0;
    int m_coefficients = 0;
};

Status readManifest(Dataset& dataset, const QString& path)
{
    if (Status usable = checkInputFile(path, kMaxTextFileBytes); !usable) return usable;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::NotebookJson", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    const QByteArray text = file.readAll();
    try {
        const json manifest = json::parse(text.constData(), text.constData() + text.size());
        const json& segments = manifest.at("segments");
        if (!segments.is_array() || segments.size() != dataset.segments.size())
            return makeError(
                translate("hhs::NotebookJson", "%1 describes %2 segments but the dataset has %3")
                    .arg(quoted(path))
                    .arg(segments.is_array() ? int(segments.size()) : 0)
                    .arg(dataset.segments.size()));
        Result<FeatureParams> params = FeatureParams::fromKey(
            QString::fromStdString(manifest.at("feature_params").at("key").get<std::string>()));
        if (!params) return makeError(QStringLiteral("%1: %2").arg(quoted(path), params.message()));
        dataset.params = *params;
        dataset.segmentSeconds = jsonNumber(manifest, "segment_seconds", 0.01, 3600.0);
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const json& entry = segments[i];
            DatasetSegment& segment = dataset.segments[i];
            const int label = jsonInt(entry, "label");
            if (label != segment.label)
                return makeError(translate("hhs::NotebookJson",
                                           "%1: segment %2 has label %3 in the manifest but %4 "
                                           "in the dataset")
                                     .arg(quoted(path))
                                     .arg(i)
                                     .arg(label)
                                     .arg(segment.label));
            segment.source = QString::fromStdString(entry.at("content_hash").get<std::string>());
            segment.sourceName = QString::fromStdString(entry.at("track").get<std::string>());
            segment.startSeconds = jsonNumber(entry, "start", 0.0, kMaxTrackSeconds);
            segment.endSeconds = jsonNumber(entry, "end", segment.startSeconds, kMaxTrackSeconds);
        }
    } catch (const std::exception& e) { // json's own errors and JsonNumberError
        return makeError(translate("hhs::NotebookJson",
                                   "the manifest %1 is not what hiphop-cli export-json writes: %2")
                             .arg(quoted(path), QString::fromUtf8(e.what())));
    }
    return {};
}
} // namespace

Result<Dataset> readNotebookJson(const QString& path, const JobControl& job)
{
    // Parsed from a memory map (the text is never copied) by parseJsonSax, whose from_chars
    // numbers are what makes a 10 000-segment file read in seconds. Any size: it is mapped.
    if (Status usable = checkInputFile(path); !usable) return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::NotebookJson", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    if (file.size() == 0)
        return makeError(translate("hhs::NotebookJson", "%1 is empty").arg(quoted(path)));
    const uchar* bytes = file.map(0, file.size());
    if (!bytes)
        return makeError(translate("hhs::NotebookJson", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    const auto* begin = reinterpret_cast<const char*>(bytes);
    Dataset dataset;
    DatasetHandler handler(dataset, job);
    const QString stage = translate("hhs::NotebookJson", "Reading the dataset");
    job.report(0.0, stage);
    bool parsed = false;
    try {
        // A UTF-8 byte order mark (Windows editors write one) is not JSON's, but not an error.
        const bool bom = file.size() >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0;
        const std::size_t skip = bom ? 3 : 0;
        const std::size_t size = std::size_t(file.size());
        std::size_t released = 0;
        const auto pageBytes = std::size_t(sysconf(_SC_PAGESIZE));
        // The pages read so far are let go as the parse moves on (they are the page cache's,
        // read again only if asked): a 600 MB file does not add 600 MB to the peak memory
        // beside the dataset it becomes.
        parsed = parseJsonSax(begin + skip, begin + size, handler, [&](std::size_t read) {
            const std::size_t upTo = (skip + read) / pageBytes * pageBytes;
            if (upTo > released) {
                releasePages(bytes + released, upTo - released);
                released = upTo;
            }
            job.report(double(skip + read) / double(size), stage);
        });
    } catch (const json::exception& e) {
        handler.parse_error(0, {}, e);
    }
    file.unmap(const_cast<uchar*>(bytes));
    if (job.cancelled()) return cancelledError();
    if (!parsed || !handler.error.isEmpty())
        return makeError(QStringLiteral("%1: %2").arg(
            quoted(path), handler.error.isEmpty() ? translate("hhs::NotebookJson", "not valid JSON")
                                                  : handler.error));
    if (!handler.sawMapping || !handler.sawLabels || !handler.sawMfcc)
        return makeError(translate("hhs::NotebookJson",
                                   "%1 is not a notebook dataset: it needs \"mapping\", "
                                   "\"labels\" and \"mfcc\"")
                             .arg(quoted(path)));
    for (int c = 0; c < dataset.classes.size(); ++c)
        if (dataset.classes[c].trimmed().isEmpty() ||
            dataset.classes.indexOf(dataset.classes[c]) != c)
            return makeError(translate("hhs::NotebookJson",
                                       "%1: class %2 of the mapping, \"%3\", is empty or "
                                       "named twice")
                                 .arg(quoted(path))
                                 .arg(c)
                                 .arg(dataset.classes[c]));
    if (dataset.segments.empty())
        return makeError(translate("hhs::NotebookJson", "%1 holds no segments").arg(quoted(path)));
    if (handler.labels.size() != dataset.segments.size())
        return makeError(translate("hhs::NotebookJson", "%1 has %2 labels for %3 segments")
                             .arg(quoted(path))
                             .arg(handler.labels.size())
                             .arg(dataset.segments.size()));
    for (std::size_t i = 0; i < handler.labels.size(); ++i) {
        const int label = handler.labels[i];
        if (label < 0 || label >= dataset.classes.size())
            return makeError(translate("hhs::NotebookJson",
                                       "%1: label %2 of segment %3 is outside the mapping (%4 "
                                       "classes)")
                                 .arg(quoted(path))
                                 .arg(label)
                                 .arg(i)
                                 .arg(dataset.classes.size()));
        dataset.segments[i].label = label;
    }
    dataset.params.mfccCount = dataset.coefficients();
    const QString manifest = manifestPathFor(path);
    if (QFileInfo::exists(manifest))
        if (Status read = readManifest(dataset, manifest); !read) return read.error();
    job.report(1.0, stage);
    return dataset;
}

} // namespace hhs

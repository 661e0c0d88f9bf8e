#include "formats/json_writer.h"

#include <charconv>
#include <cmath>

namespace hhs {
namespace {
constexpr std::size_t kFlushThreshold = 1 << 16;
}

JsonWriter::JsonWriter(Sink sink, bool pretty) : m_sink(std::move(sink)), m_pretty(pretty)
{
    m_buffer.reserve(kFlushThreshold + 4096);
}

JsonWriter::JsonWriter(std::FILE* file, bool pretty)
    : JsonWriter([file](const char* data,
                        std::size_t size) { return std::fwrite(data, 1, size, file) == size; },
                 pretty)
{}

JsonWriter::~JsonWriter()
{
    flush();
}

bool JsonWriter::flush()
{
    if (!m_buffer.empty()) {
        if (m_ok && !m_sink(m_buffer.data(), m_buffer.size())) m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

void JsonWriter::raw(std::string_view text)
{
    m_buffer.append(text);
    if (m_buffer.size() >= kFlushThreshold) flush();
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.empty()) return;
    if (!m_first.back()) m_buffer.push_back(',');
    m_first.back() = false;
    if (m_pretty) {
        m_buffer.push_back('\n');
        m_buffer.append(m_first.size() * 2, ' ');
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    raw("{");
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (m_pretty && !empty) {
        m_buffer.push_back('\n');
        m_buffer.append(m_first.size() * 2, ' ');
    }
    raw("}");
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    raw("[");
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (m_pretty && !empty) {
        m_buffer.push_back('\n');
        m_buffer.append(m_first.size() * 2, ' ');
    }
    raw("]");
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    separate();
    string(name);
    raw(m_pretty ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    return key(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void JsonWriter::string(std::string_view utf8)
{
    m_buffer.push_back('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\b':
            m_buffer.append("\\b");
            break;
        case '\f':
            m_buffer.append("\\f");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_buffer.append("\\u00");
                m_buffer.push_back(hex[u >> 4]);
                m_buffer.push_back(hex[u & 15]);
            } else {
                m_buffer.push_back(c);
            }
        }
    }
    m_buffer.push_back('"');
    if (m_buffer.size() >= kFlushThreshold) flush();
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    string(text);
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return value(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        raw("null");
        return *this;
    }
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, number);
    raw(std::string_view(text, std::size_t(result.ptr - text)));
    return *this;
}

JsonWriter& JsonWriter::value(float number)
{
    separate();
    if (!std::isfinite(number)) {
        raw("null");
        return *this;
    }
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, number);
    raw(std::string_view(text, std::size_t(result.ptr - text)));
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number)
{
    separate();
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, number);
    raw(std::string_view(text, std::size_t(result.ptr - text)));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    raw(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::serialized(std::string_view json)
{
    separate();
    raw(json);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    raw("null");
    return *this;
}

JsonWriter& JsonWriter::values(const float* numbers, std::size_t count)
{
    const bool pretty = m_pretty;
    beginArray();
    m_pretty = false; // one frame per line is easier to read than one number per line
    for (std::size_t i = 0; i < count; ++i)
        value(numbers[i]);
    m_first.pop_back();
    raw("]");
    m_pretty = pretty;
    return *this;
}

} // namespace hhs

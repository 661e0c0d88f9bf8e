// JsonWriter: writes JSON as a stream of tokens straight to a sink (a file, stdout), so a
// dataset of 10 000 segments never exists as one string. Numbers use the shortest text that
// reads back to the same float/double; non-finite numbers become null. Not thread-safe: one
// writer per output.
#pragma once

#include <QString>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string_view>
#include <vector>

namespace hhs {

class JsonWriter
{
public:
    using Sink = std::function<bool(const char* data, std::size_t size)>;

    explicit JsonWriter(Sink sink, bool pretty = false);
    explicit JsonWriter(std::FILE* file, bool pretty = false);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& key(const QString& name);
    JsonWriter& key(const char* name) { return key(std::string_view(name)); }

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const QString& text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(float number);
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(std::int64_t(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // A value that is already JSON text (one complete value, e.g. nlohmann::json::dump()).
    JsonWriter& serialized(std::string_view json);
    // A whole array of floats, e.g. one MFCC frame.
    JsonWriter& values(const float* numbers, std::size_t count);

    // Writes buffered text to the sink; false once any write failed (disk full, closed pipe).
    bool flush();
    bool ok() const { return m_ok; }

private:
    void separate();
    void raw(std::string_view text);
    void string(std::string_view utf8);

    Sink m_sink;
    bool m_pretty;
    bool m_ok = true;
    std::string m_buffer;
    std::vector<bool> m_first; // one entry per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace hhs

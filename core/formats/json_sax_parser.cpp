#include "formats/json_sax_parser.h"

#include <charconv>
#include <string>

namespace hhs {
namespace {
using Sax = nlohmann::json_sax<nlohmann::json>;

class Parser
{
public:
    Parser(const char* begin, const char* end, Sax& sax, const JsonReadProgress& progress)
        : m_begin(begin), m_p(begin), m_end(end), m_sax(sax), m_progress(progress),
          m_reported(begin)
    {}

    bool parseDocument()
    {
        skipSpace();
        if (!parseValue(0)) return false;
        skipSpace();
        return m_p == m_end || error("end of input");
    }

private:
    static constexpr int kMaxDepth = 512;
    static constexpr std::ptrdiff_t kProgressBytes = 1 << 20;

    bool error(const char* expected)
    {
        const std::size_t offset = std::size_t(m_p - m_begin);
        const std::string token = m_p < m_end ? std::string(1, *m_p) : std::string("<end>");
        const auto exception = nlohmann::detail::parse_error::create(
            101, offset, std::string("syntax error: expected ") + expected, nullptr);
        m_sax.parse_error(offset, token, exception);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char* word)
    {
        for (const char* w = word; *w; ++w, ++m_p)
            if (m_p >= m_end || *m_p != *w) return error(word);
        return true;
    }

    bool parseValue(int depth)
    {
        if (depth > kMaxDepth) return error("less nesting");
        if (m_p >= m_end) return error("a value");
        switch (*m_p) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"': {
            std::string text;
            return parseString(text) && m_sax.string(text);
        }
        case 't':
            return literal("true") && m_sax.boolean(true);
        case 'f':
            return literal("false") && m_sax.boolean(false);
        case 'n':
            return literal("null") && m_sax.null();
        default:
            return parseNumber();
        }
    }

    bool parseObject(int depth)
    {
        ++m_p;
        if (!m_sax.start_object(std::size_t(-1))) return false;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return m_sax.end_object();
        }
        for (;;) {
            skipSpace();
            std::string key;
            if (m_p >= m_end || *m_p != '"') return error("a key in quotes");
            if (!parseString(key) || !m_sax.key(key)) return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':') return error("':'");
            ++m_p;
            skipSpace();
            if (!parseValue(depth + 1)) return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return m_sax.end_object();
            }
            return error("',' or '}'");
        }
    }

    bool parseArray(int depth)
    {
        ++m_p;
        if (!m_sax.start_array(std::size_t(-1))) return false;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return m_sax.end_array();
        }
        for (;;) {
            skipSpace();
            if (!parseValue(depth + 1)) return false;
            skipSpace();
            if (m_progress && m_p - m_reported >= kProgressBytes) {
                m_reported = m_p;
                m_progress(std::size_t(m_p - m_begin));
            }
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return m_sax.end_array();
            }
            return error("',' or ']'");
        }
    }

    bool parseNumber()
    {
        // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        const char* start = m_p;
        const char* p = m_p;
        auto digits = [&] {
            const char* first = p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
            return p > first;
        };
        bool integral = true;
        if (p < m_end && *p == '-') ++p;
        if (p < m_end && *p == '0')
            ++p;
        else if (!digits())
            return error("a value");
        if (p < m_end && *p == '.') {
            ++p;
            integral = false;
            if (!digits()) return error("digits after '.'");
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            integral = false;
            if (p < m_end && (*p == '+' || *p == '-')) ++p;
            if (!digits()) return error("digits in the exponent");
        }
        m_p = p;
        if (integral) {
            std::int64_t value = 0;
            const auto parsed = std::from_chars(start, p, value);
            if (parsed.ec == std::errc() && parsed.ptr == p) return m_sax.number_integer(value);
        }
        double value = 0;
        const auto parsed = std::from_chars(start, p, value);
        if (parsed.ec != std::errc() || parsed.ptr != p) {
            m_p = start;
            return error("a number in range");
        }
        return m_sax.number_float(value, std::string(start, p));
    }

    // RFC 3629 UTF-8, as nlohmann reads it: no stray continuation bytes, no overlong forms, no
    // surrogates, nothing above U+10FFFF. nullptr when [p, end) is all valid.
    static const char* firstInvalidUtf8(const char* p, const char* end)
    {
        while (p < end) {
            const auto byte = static_cast<unsigned char>(*p);
            if (byte < 0x80) {
                ++p;
                continue;
            }
            int length = 0;
            unsigned char low = 0x80, high = 0xBF; // the range of the second byte
            if (byte >= 0xC2 && byte <= 0xDF) {
                length = 2;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                length = 3;
                if (byte == 0xE0) low = 0xA0;  // overlong
                if (byte == 0xED) high = 0x9F; // surrogates
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                length = 4;
                if (byte == 0xF0) low = 0x90;  // overlong
                if (byte == 0xF4) high = 0x8F; // above U+10FFFF
            } else {
                return p;
            }
            if (end - p < length) return p;
            const auto second = static_cast<unsigned char>(p[1]);
            if (second < low || second > high) return p;
            for (int i = 2; i < length; ++i)
                if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) return p;
            p += length;
        }
        return nullptr;
    }

    static void appendUtf8(std::string& out, std::uint32_t code)
    {
        if (code < 0x80) {
            out.push_back(char(code));
        } else if (code < 0x800) {
            out.push_back(char(0xC0 | (code >> 6)));
            out.push_back(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out.push_back(char(0xE0 | (code >> 12)));
            out.push_back(char(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(char(0x80 | (code & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (code >> 18)));
            out.push_back(char(0x80 | ((code >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(char(0x80 | (code & 0x3F)));
        }
    }

    bool hex4(std::uint32_t& code)
    {
        if (m_end - m_p < 4) return error("four hex digits");
        const auto parsed = std::from_chars(m_p, m_p + 4, code, 16);
        if (parsed.ec != std::errc() || parsed.ptr != m_p + 4) return error("four hex digits");
        m_p += 4;
        return true;
    }

    bool parseString(std::string& out)
    {
        ++m_p; // the opening quote
        for (;;) {
            const char* run = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' &&
                   static_cast<unsigned char>(*m_p) >= 0x20)
                ++m_p;
            if (const char* bad = firstInvalidUtf8(run, m_p)) {
                m_p = bad;
                return error("UTF-8 text");
            }
            out.append(run, m_p);
            if (m_p >= m_end) return error("a closing quote");
            if (*m_p == '"') {
                ++m_p;
                return true;
            }
            if (*m_p != '\\') return error("no control characters in strings");
            ++m_p;
            if (m_p >= m_end) return error("an escape");
            const char escaped = *m_p++;
            switch (escaped) {
            case '"':
                out.push_back('"');
                break;
            case '\\':
                out.push_back('\\');
                break;
            case '/':
                out.push_back('/');
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'n':
                out.push_back('\n');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'u': {
                std::uint32_t code = 0;
                if (!hex4(code)) return false;
                if (code >= 0xD800 && code < 0xDC00) {
                    std::uint32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return error("a low surrogate");
                    m_p += 2;
                    if (!hex4(low)) return false;
                    if (low < 0xDC00 || low > 0xDFFF) return error("a low surrogate");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code < 0xE000) {
                    return error("a high surrogate first");
                }
                appendUtf8(out, code);
                break;
            }
            default:
                --m_p;
                return error("a valid escape");
            }
        }
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    Sax& m_sax;
    const JsonReadProgress& m_progress;
    const char* m_reported; // where progress was last told
};
} // namespace

bool parseJsonSax(const char* begin, const char* end, nlohmann::json_sax<nlohmann::json>& handler,
                  const JsonReadProgress& progress)
{
    return Parser(begin, end, handler, progress).parseDocument();
}

} // namespace hhs

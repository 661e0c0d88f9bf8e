// nlohmann's own DOM builder behind the virtual SAX interface that parseJsonSax drives, so a
// test or fuzzer can compare what the fast parser read with json::parse. Keeps the first error's
// text. Test code only; any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace hhs::test {

class JsonDomBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit JsonDomBuilder(nlohmann::json& result) : m_dom(result, false) {}
    bool null() override { return m_dom.null(); }
    bool boolean(bool value) override { return m_dom.boolean(value); }
    bool number_integer(number_integer_t value) override { return m_dom.number_integer(value); }
    bool number_unsigned(number_unsigned_t value) override { return m_dom.number_unsigned(value); }
    bool number_float(number_float_t value, const string_t& text) override
    {
        return m_dom.number_float(value, text);
    }
    bool string(string_t& value) override { return m_dom.string(value); }
    bool binary(binary_t& value) override { return m_dom.binary(value); }
    bool start_object(std::size_t size) override { return m_dom.start_object(size); }
    bool key(string_t& value) override { return m_dom.key(value); }
    bool end_object() override { return m_dom.end_object(); }
    bool start_array(std::size_t size) override { return m_dom.start_array(size); }
    bool end_array() override { return m_dom.end_array(); }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& error) override
    {
        if (firstError.empty()) firstError = error.what();
        return false;
    }

    std::string firstError;

private:
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> m_dom;
};

} // namespace hhs::test

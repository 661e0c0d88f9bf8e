// Result<T>: a value or an Error whose message a user can act on (it names the file and what
// was wrong). Recoverable failures travel as Results; exceptions stop at job boundaries.
// Plain value type: any thread.
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace hhs {

// What kind of failure it is, for code that must react to it rather than show it: a cancelled
// job is not an error to report; a busy database is worth trying again; a missing file can be
// relinked. Everything else is Failed.
enum class ErrorKind { Failed, Cancelled, Busy, NotFound, Invalid };

struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Failed;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const Error& error() const { return *m_error; }
    // The error's message; empty when there is none (so test and log messages may ask for it
    // before checking).
    QString message() const { return m_error ? m_error->message : QString(); }
    // The error's kind (Failed when there is no error to ask about, which callers check first).
    ErrorKind kind() const { return m_error ? m_error->kind : ErrorKind::Failed; }
    bool cancelled() const { return m_error && m_error->kind == ErrorKind::Cancelled; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message : QString(); }
    ErrorKind kind() const { return m_error ? m_error->kind : ErrorKind::Failed; }
    bool cancelled() const { return m_error && m_error->kind == ErrorKind::Cancelled; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message, ErrorKind kind = ErrorKind::Failed)
{
    return Error{std::move(message), kind};
}

} // namespace hhs

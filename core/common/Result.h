#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rd {

// An error for a person: where it happened (a field, "regel 12", a file) and what is wrong.
struct Error
{
    QString where;
    QString message;

    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// A value or an error. Nothing in core throws across the event loop; failures are values.
// [[nodiscard]]: a result dropped without a look is a failure nobody hears of; where a caller
// really does not care, it says so with (void).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace rd
